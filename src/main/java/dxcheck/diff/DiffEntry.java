package dxcheck.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.report.Report;
import dxcheck.text.Lang;

/**
 * One finding of one side of a diff, as a report shows it; matched across sides by its fingerprint. cell is the
 * sheet and cell (Cơ quan!N3) of a finding in a workbook, null in YAML.
 */
public record DiffEntry(String fingerprint, String rule, Severity severity, String subject, String file, int line,
                        String cell, String message, boolean waived) {

    DiffEntry withMessage(String text) {
        return new DiffEntry(fingerprint, rule, severity, subject, file, line, cell, text, waived);
    }

    /** file:line, or file:sheet!cell in a workbook. */
    String where() {
        return file + ":" + (cell == null ? String.valueOf(line) : cell);
    }

    static DiffEntry of(Finding f, Report report, Lang lang) {
        String cell = f.getLocation().sheet() == null ? null : f.getLocation().sheet() + "!" + f.getLocation().cell();
        return new DiffEntry(f.fingerprint(), f.getRule(), f.getSeverity(), f.getSubject(), f.getLocation().file(),
                f.getLocation().line(), cell, report.message(f, lang), f.isWaived());
    }

    /** From a finding of an earlier JSON report; null when a field the diff needs is missing. */
    static DiffEntry fromJson(JsonNode f) {
        for (String k : new String[] {"fingerprint", "rule", "severity", "subject", "file", "line", "message"}) {
            if (!f.hasNonNull(k)) {
                return null;
            }
        }
        Severity severity;
        try {
            severity = Severity.parse(f.get("severity").asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new DiffEntry(f.get("fingerprint").asText(), f.get("rule").asText(), severity,
                f.get("subject").asText(), f.get("file").asText(), f.get("line").asInt(),
                f.hasNonNull("sheet") && f.hasNonNull("cell") ? f.get("sheet").asText() + "!" + f.get("cell").asText()
                        : null, f.get("message").asText(), f.path("waived").asBoolean(false));
    }
}
