package dxcheck.report;

import dxcheck.model.Evidence;
import dxcheck.model.Finding;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

/** Compiler-style lines (file:line:col: severity RULE subject: message), legal basis below, a summary last. */
public final class TextReporter implements Reporter {
    @Override
    public String render(Report report, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(f.getLocation()).append(": ").append(severityWord(f, lang)).append(' ')
                    .append(f.getRule()).append(' ').append(f.getSubject()).append(": ")
                    .append(report.message(f, lang));
            if (f.isWaived()) {
                out.append(" [").append(Msg.WAIVED_BY.format(lang, f.getWaiverId())).append(']');
            }
            out.append('\n').append("    ").append(Msg.LEGAL_BASIS.format(lang)).append(": ")
                    .append(report.rule(f).legalBasis(lang)).append('\n');
            if (report.explain()) {
                explain(f, lang, out);
            }
        }
        if (report.findings().isEmpty()) {
            out.append(Msg.NO_FINDINGS.format(lang)).append('\n');
        }
        Report.Summary s = report.summary();
        out.append(Msg.SUMMARY.format(lang, s.error(), s.warning(), s.info(), s.waived(), s.subjects(), s.rules()))
                .append('\n');
        return out.toString();
    }

    private static void explain(Finding f, Lang lang, StringBuilder out) {
        out.append("    ").append(Msg.MATCHED.format(lang)).append(":\n");
        for (Evidence e : f.getEvidence()) {
            out.append("      ").append(e.name().isEmpty() ? "" : e.name() + " = ").append(e.kind()).append(' ')
                    .append(e.value());
            if (e.location() != null) {
                out.append("  (").append(e.location()).append(')');
            }
            out.append('\n');
        }
    }

    private static String severityWord(Finding f, Lang lang) {
        return switch (f.getSeverity()) {
            case ERROR -> Msg.SEVERITY_ERROR.format(lang);
            case WARNING -> Msg.SEVERITY_WARNING.format(lang);
            case INFO -> Msg.SEVERITY_INFO.format(lang);
        };
    }
}
