package dxcheck.report;

import dxcheck.model.Evidence;
import dxcheck.model.Finding;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

/**
 * Findings grouped by subject (in the order of their first finding), each a compiler-style line
 * (file:line:col: severity RULE subject: message) with its legal basis below; a summary line last. Colour (ANSI)
 * only when asked for, which the command line does only on a terminal. Every text from the inputs goes through
 * {@link Shown#line}: a value cannot move the cursor, clear the screen or start a line of its own.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    public TextReporter() {
        this(false);
    }

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(Report report, Lang lang) {
        StringBuilder out = new StringBuilder();
        report.bySubject().forEach((subject, findings) -> {
            out.append(paint("\u001b[1m", "== " + Shown.line(subject) + " ==")).append('\n');
            findings.forEach(f -> finding(report, f, lang, out));
        });
        if (report.findings().isEmpty()) {
            out.append(Msg.NO_FINDINGS.format(lang)).append('\n');
        }
        Report.Summary s = report.summary();
        out.append(paint("\u001b[1m", Msg.SUMMARY.format(lang, s.error(), s.warning(), s.info(), s.waived(),
                s.subjects(), s.rules()))).append('\n');
        String policies = report.policiesApplied(lang);
        if (!policies.isEmpty()) {
            out.append(paint("\u001b[1m", Msg.POLICY_LINE.format(lang, policies))).append('\n');
        }
        return out.toString();
    }

    private void finding(Report report, Finding f, Lang lang, StringBuilder out) {
        out.append(Shown.line(f.getLocation().toString())).append(": ")
                .append(paint(ansi(f), Msg.severity(f.getSeverity(), lang))).append(' ')
                .append(Shown.line(f.getRule())).append(' ').append(Shown.line(f.getSubject())).append(": ")
                .append(Shown.line(report.message(f, lang)));
        if (f.isWaived()) {
            out.append(" [").append(Shown.line(Msg.WAIVED_BY.format(lang, f.getWaiverId()))).append(']');
        }
        out.append('\n');
        citations(Msg.LEGAL_BASIS, report.legalBasis(f, lang), lang, out);
        citations(Msg.REFERENCES, report.references(f, lang), lang, out);
        if (report.explain()) {
            explain(f, lang, out);
        }
    }

    private void citations(Msg label, String text, Lang lang, StringBuilder out) {
        if (!text.isEmpty()) {
            out.append("    ").append(paint("\u001b[2m", label.format(lang) + ": " + Shown.line(text))).append('\n');
        }
    }

    private static String ansi(Finding f) {
        if (f.isWaived()) {
            return "\u001b[2m";
        }
        return switch (f.getSeverity()) {
            case ERROR -> "\u001b[31;1m";
            case WARNING -> "\u001b[33;1m";
            case INFO -> "\u001b[36m";
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static void explain(Finding f, Lang lang, StringBuilder out) {
        out.append("    ").append(Msg.MATCHED.format(lang)).append(":\n");
        for (Evidence e : f.getEvidence()) {
            out.append("      ").append(e.name().isEmpty() ? "" : Shown.line(e.name()) + " = ")
                    .append(Shown.line(String.valueOf(e.kind()))).append(' ').append(Shown.line(String.valueOf(e.value())));
            if (e.location() != null) {
                out.append("  (").append(Shown.line(e.location().toString())).append(')');
            }
            out.append('\n');
        }
    }
}
