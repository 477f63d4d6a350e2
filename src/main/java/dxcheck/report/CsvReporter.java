package dxcheck.report;

import dxcheck.model.Finding;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;

/** CSV for spreadsheets: UTF-8 with a byte-order mark so Vietnamese reads correctly, RFC 4180 quoting, CRLF. */
public final class CsvReporter implements Reporter {
    private static final String[] HEADER = {"rule", "severity", "subject", "file", "line", "column", "title",
        "message", "legalBasis", "waived", "waiver"};

    @Override
    public String render(Report report, Lang lang) {
        StringBuilder b = new StringBuilder("\uFEFF");
        row(b, HEADER);
        for (Finding f : report.findings()) {
            Waiver w = report.waiver(f);
            row(b, f.getRule(), f.getSeverity().id(), f.getSubject(), f.getLocation().file(),
                    String.valueOf(f.getLocation().line()), String.valueOf(f.getLocation().column()),
                    report.rule(f).title(lang), report.message(f, lang), report.rule(f).legalBasis(lang),
                    String.valueOf(f.isWaived()), w == null ? "" : w.id());
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
