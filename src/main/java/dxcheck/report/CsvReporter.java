package dxcheck.report;

import dxcheck.model.Finding;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so Vietnamese reads correctly, RFC 4180 quoting, CRLF. In
 * English the header is the JSON field names and the values are ids (severity "error", waived "true"), for programs;
 * in Vietnamese the header and those values are Vietnamese words, for people (README: opening it in Excel).
 */
public final class CsvReporter implements Reporter {
    private static final String[] HEADER = {"rule", "severity", "subject", "file", "line", "column", "title",
        "message", "legalBasis", "references", "waived", "waiver"};

    @Override
    public String render(Report report, Lang lang) {
        StringBuilder b = new StringBuilder("\uFEFF");
        row(b, lang == Lang.EN ? HEADER : new String[] {Msg.REPORT_RULE.format(lang), Msg.REPORT_SEVERITY.format(lang),
            Msg.REPORT_SUBJECT.format(lang), Msg.REPORT_FILE.format(lang), Msg.REPORT_LINE.format(lang),
            Msg.REPORT_COLUMN.format(lang), Msg.REPORT_RULE_TITLE.format(lang), Msg.REPORT_MESSAGE.format(lang),
            Msg.LEGAL_BASIS.format(lang), Msg.REFERENCES.format(lang), Msg.REPORT_WAIVED.format(lang),
            Msg.REPORT_WAIVER_ID.format(lang)});
        for (Finding f : report.findings()) {
            Waiver w = report.waiver(f);
            String severity = lang == Lang.EN ? f.getSeverity().id() : Msg.severity(f.getSeverity(), lang);
            String waived = lang == Lang.EN ? String.valueOf(f.isWaived())
                    : (f.isWaived() ? Msg.REPORT_YES : Msg.REPORT_NO).format(lang);
            row(b, f.getRule(), severity, f.getSubject(), f.getLocation().file(),
                    String.valueOf(f.getLocation().line()), String.valueOf(f.getLocation().column()),
                    report.rule(f).title(lang), report.message(f, lang), report.legalBasis(f, lang),
                    report.references(f, lang), waived, w == null ? "" : w.id());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",").append(quote(cells[i]));
        }
        b.append("\r\n");
    }

    static String quote(String s) {
        boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        // a leading = + - @ would be run as a formula by spreadsheet programs, and so would one after a leading tab
        // or carriage return, which some of them skip (OWASP's CSV injection guidance)
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return needs || !safe.equals(s) ? "\"" + safe.replace("\"", "\"\"") + "\"" : s;
    }
}
