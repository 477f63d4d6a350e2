package dxcheck.report;

import dxcheck.text.Lang;
import dxcheck.text.MessageText;
import dxcheck.text.Msg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The pieces the HTML report's sections share: names, anchors, counts, bars and score tables. */
final class HtmlParts {
    static final int BAR_WIDTH = 320;
    private static final String[] COLOURS = {"#c62828", "#b26a00", "#1565c0", "#9e9e9e"};
    private static final String[] COUNT_CLASSES = {"error", "warning", "info", "waived"};

    private final Report report;
    private final Lang lang;
    private final Map<String, String> names = new TreeMap<>();

    HtmlParts(Report report, Lang lang) {
        this.report = report;
        this.lang = lang;
        report.scorecard().agencies().forEach(a -> names.put(a.id(), a.name()));
        report.scorecard().plans().forEach(p -> names.put(p.id(), p.name()));
    }

    Report report() {
        return report;
    }

    Lang lang() {
        return lang;
    }

    String text(Msg m, Object... args) {
        return Markup.escape(m.format(lang, args));
    }

    /** A count as the language writes it (12.345 / 12,345). */
    String n(long count) {
        return MessageText.whole(count, lang);
    }

    /** An agency or plan by its id and name ("mau.syt — Sở Y tế tỉnh Mẫu"); a jurisdiction or waiver by its id. */
    String ownerLabel(String id) {
        String name = names.get(id);
        return Markup.escape(name == null || name.equals(id) ? id : id + " — " + name);
    }

    /** The anchor of an owner's findings; ids hold letters, digits, '.', '-', '_' (anything else becomes '_'). */
    static String ownerAnchor(String id) {
        return "o-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String ruleAnchor(String id) {
        return "rule-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    String ruleLink(String id) {
        return "<a class=\"rl\" href=\"#" + ruleAnchor(id) + "\">" + Markup.escape(id) + "</a>";
    }

    /** The header cells of the four counts. */
    String countHeads() {
        return "<th>" + text(Msg.REPORT_ERRORS) + "</th><th>" + text(Msg.REPORT_WARNINGS) + "</th><th>"
                + text(Msg.REPORT_INFOS) + "</th><th>" + text(Msg.REPORT_WAIVED) + "</th>";
    }

    /** The four counts as cells, each with its raw number for programs. */
    String countCells(Tally t) {
        StringBuilder b = new StringBuilder();
        int[] c = t.columns();
        for (int i = 0; i < 4; i++) {
            b.append("<td class=\"n\" data-n=\"").append(c[i]).append("\">").append(n(c[i])).append("</td>");
        }
        return b.toString();
    }

    /** Coloured counts for a group's heading, only those that are not zero: "Lỗi: 3 Cảnh báo: 12". */
    String countBadges(Tally t) {
        StringBuilder b = new StringBuilder();
        int[] c = t.columns();
        Msg[] labels = {Msg.REPORT_ERRORS, Msg.REPORT_WARNINGS, Msg.REPORT_INFOS, Msg.REPORT_WAIVED};
        for (int i = 0; i < 4; i++) {
            if (c[i] > 0) {
                b.append(" <span class=\"sev ").append(COUNT_CLASSES[i]).append("\" data-count=\"")
                        .append(COUNT_CLASSES[i]).append("\" data-n=\"").append(c[i]).append("\">")
                        .append(text(labels[i])).append(": ").append(n(c[i])).append("</span>");
            }
        }
        return b.toString();
    }

    static String stackedBar(int[] counts, int max) {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + BAR_WIDTH
                + "\" height=\"14\" viewBox=\"0 0 " + BAR_WIDTH + " 14\" preserveAspectRatio=\"none\" role=\"img\">");
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            double w = counts[i] * (double) BAR_WIDTH / Math.max(max, 1);
            if (w > 0) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"12\" "
                        + "fill=\"%s\"/>", x, w, COLOURS[i]));
            }
            x += w;
        }
        return s.append("</svg>").toString();
    }

    static String percentBar(double percent) {
        double w = percent * BAR_WIDTH / 200.0;
        String colour = percent >= 90 ? "#2e7d32" : percent >= 70 ? "#b26a00" : "#c62828";
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"14\" viewBox=\"0 0 %<d 14\" preserveAspectRatio=\"none\" role=\"img\"><rect x=\"0\" y=\"1\" width=\"%d\" height=\"12\" fill=\"#eee\"/>"
                + "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"12\" fill=\"%s\"/></svg>", BAR_WIDTH / 2,
                BAR_WIDTH / 2, w, colour);
    }

    /** A scorecard table: one row per agency, plan or jurisdiction, a column per family, the total and a bar. */
    void scoreTable(StringBuilder h, String id, String keyLabel, List<Scorecard.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> families = rows.stream().flatMap(r -> r.families().keySet().stream()).distinct().sorted().toList();
        h.append("<table id=\"").append(id).append("\">\n<thead><tr><th>").append(Markup.escape(keyLabel)).append("</th>");
        families.forEach(f -> h.append("<th title=\"").append(Markup.escape(report.familyName(f, lang))).append("\">").append(f)
                .append("</th>"));
        h.append("<th>").append(text(Msg.REPORT_TOTAL)).append("</th><th></th></tr></thead>\n<tbody>\n");
        for (Scorecard.Row r : rows) {
            h.append("<tr data-key=\"").append(Markup.escape(r.id())).append("\"><td>").append(Markup.escape(label(r)))
                    .append("</td>");
            for (String f : families) {
                Scorecard.Score s = r.families().get(f);
                h.append(s == null ? "<td class=\"n\">—</td>" : scoreCell(s, f));
            }
            h.append(scoreCell(r.total(), "total")).append("<td>").append(percentBar(r.total().percent()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String label(Scorecard.Row r) {
        return r.name() == null || r.name().equals(r.id()) ? r.id() : r.id() + " — " + r.name();
    }

    /** A share passed: data-percent for programs (a point), the text as the language writes it (80,5 %). */
    private String scoreCell(Scorecard.Score s, String family) {
        return String.format(Locale.ROOT, "<td class=\"n\" data-family=\"%s\" data-percent=\"%.1f\" "
                + "title=\"%d/%d\">%s %%</td>", family, s.percent(), s.passed(), s.applicable(),
                MessageText.decimal(BigDecimal.valueOf(s.percent()).setScale(1, RoundingMode.HALF_EVEN), lang));
    }
}
