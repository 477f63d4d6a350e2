package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.RuleFamily;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained page for inspectors: no script, no font, no link outside the file; bar charts in inline SVG;
 * prints on A4. Numbers carry data-* attributes so tests (and other tools) can read them back.
 */
public final class HtmlReporter implements Reporter {
    private static final String STYLE = """
            body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;max-width:60em}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
            td.n{text-align:right;white-space:nowrap}.meta{color:#555;font-size:.9em}
            .sev{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em}
            .error{background:#c62828}.warning{background:#b26a00}.info{background:#1565c0}.waived{background:#757575}
            .finding{border-left:4px solid #ccc;padding:.3em .8em;margin:.6em 0;break-inside:avoid}
            .finding.error{border-color:#c62828;background:#fff}.finding.warning{border-color:#b26a00;background:#fff}
            .finding.info{border-color:#1565c0;background:#fff}.finding.is-waived{opacity:.75}
            .loc{font-family:monospace;font-size:.85em;color:#555}.basis,.fix,.wv{font-size:.9em;margin:.15em 0}
            h3{font-size:1em;margin:1.2em 0 .3em}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}h3{break-after:avoid}}
            """;
    private static final int BAR_WIDTH = 320;

    @Override
    public String render(Report report, Lang lang) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Markup.escape(Msg.REPORT_TITLE.format(lang)))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(report, lang, h);
        summary(report, lang, h);
        byFamily(report, lang, h);
        byAgency(report, lang, h);
        scorecard(report, lang, h);
        findings(report, lang, h);
        h.append("<p class=\"meta\">").append(Markup.escape(Msg.REPORT_GENERATED.format(lang, report.toolVersion())))
                .append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(Report r, Lang lang, StringBuilder h) {
        h.append("<h1>").append(Markup.escape(Msg.REPORT_TITLE.format(lang))).append("</h1>\n<p class=\"meta\">")
                .append(Markup.escape(Msg.REPORT_AS_OF.format(lang))).append(": <span id=\"as-of\" data-date=\"").append(r.asOf()).append("\">")
                .append(dxcheck.text.MessageText.date(r.asOf(), lang))
                .append("</span><br>").append(Markup.escape(Msg.REPORT_POLICY.format(lang))).append(": ");
        List<String> layers = new ArrayList<>();
        r.policies().forEach(p -> layers.add("<span class=\"policy " + p.origin().id() + "\" data-origin=\""
                + p.origin().id() + "\">" + Markup.escape(p.title() == null ? p.id() : p.title()) + " ("
                + Markup.escape(origin(p, lang)) + ")</span>"));
        h.append(String.join(" → ", layers)).append("<br>").append(Markup.escape(Msg.REPORT_INPUTS.format(lang)))
                .append(": ").append(r.inputs().size()).append("</p>\n");
    }

    /** Where a policy came from: the rules folder's file, a --policy file, or — named plainly — the inputs. */
    private static String origin(dxcheck.model.PolicyDocument p, Lang lang) {
        String file = p.source().location().file();
        return switch (p.origin()) {
            case INPUT -> Msg.POLICY_FROM_INPUTS.format(lang, file);
            case OPTION -> Msg.POLICY_FROM_OPTION.format(lang, file);
            default -> file;
        };
    }

    private static void summary(Report r, Lang lang, StringBuilder h) {
        Report.Summary s = r.summary();
        h.append("<h2>").append(Markup.escape(Msg.REPORT_SUMMARY.format(lang))).append("</h2>\n<p id=\"summary\">");
        count(h, "error", Msg.REPORT_ERRORS.format(lang), s.error());
        count(h, "warning", Msg.REPORT_WARNINGS.format(lang), s.warning());
        count(h, "info", Msg.REPORT_INFOS.format(lang), s.info());
        count(h, "waived", Msg.REPORT_WAIVED.format(lang), s.waived());
        h.append("</p>\n<p>").append(Markup.escape(Msg.SUMMARY.format(lang, s.error(), s.warning(), s.info(), s.waived(),
                s.subjects(), s.rules()))).append("</p>\n");
    }

    private static void count(StringBuilder h, String cls, String label, int n) {
        h.append("<span class=\"sev ").append(cls).append("\" data-count=\"").append(cls).append("\">")
                .append(Markup.escape(label)).append(": ").append(n).append("</span> ");
    }

    /** Counts per group: error, warning, info, waived. */
    private static Map<String, int[]> countBy(List<Finding> findings, java.util.function.Function<Finding, String> key) {
        Map<String, int[]> by = new TreeMap<>();
        for (Finding f : findings) {
            int[] c = by.computeIfAbsent(key.apply(f), k -> new int[4]);
            c[f.isWaived() ? 3 : f.getSeverity().ordinal()]++;
        }
        return by;
    }

    private static void byFamily(Report r, Lang lang, StringBuilder h) {
        Map<String, int[]> by = countBy(r.findings(), f -> RuleFamily.of(f.getRule()));
        Map<String, String> labels = new LinkedHashMap<>();
        by.keySet().forEach(k -> labels.put(k, k + " — " + r.familyName(k, lang)));
        countTable(h, "by-family", Msg.REPORT_BY_FAMILY.format(lang), Msg.REPORT_FAMILY.format(lang), by, labels, lang);
    }

    private static void byAgency(Report r, Lang lang, StringBuilder h) {
        Map<String, int[]> by = countBy(r.findings(), Finding::getOwner);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        r.scorecard().agencies().forEach(a -> names.put(a.id(), a.name()));
        by.keySet().forEach(k -> labels.put(k, names.containsKey(k) ? k + " — " + names.get(k) : k));
        countTable(h, "by-agency", Msg.REPORT_BY_AGENCY.format(lang), Msg.REPORT_AGENCY.format(lang), by, labels, lang);
    }

    private static void countTable(StringBuilder h, String id, String title, String keyLabel, Map<String, int[]> by,
                                   Map<String, String> labels, Lang lang) {
        h.append("<h2>").append(Markup.escape(title)).append("</h2>\n");
        if (by.isEmpty()) {
            h.append("<p>").append(Markup.escape(Msg.NO_FINDINGS.format(lang))).append("</p>\n");
            return;
        }
        int max = by.values().stream().mapToInt(c -> c[0] + c[1] + c[2] + c[3]).max().orElse(1);
        h.append("<table id=\"").append(id).append("\">\n<tr><th>").append(Markup.escape(keyLabel)).append("</th><th>")
                .append(Markup.escape(Msg.REPORT_ERRORS.format(lang))).append("</th><th>")
                .append(Markup.escape(Msg.REPORT_WARNINGS.format(lang))).append("</th><th>")
                .append(Markup.escape(Msg.REPORT_INFOS.format(lang))).append("</th><th>")
                .append(Markup.escape(Msg.REPORT_WAIVED.format(lang))).append("</th><th></th></tr>\n");
        by.forEach((k, c) -> {
            h.append("<tr data-key=\"").append(Markup.escape(k)).append("\"><td>").append(Markup.escape(labels.get(k))).append("</td>");
            for (int i = 0; i < 4; i++) {
                h.append("<td class=\"n\">").append(c[i]).append("</td>");
            }
            h.append("<td>").append(stackedBar(c, max)).append("</td></tr>\n");
        });
        h.append("</table>\n");
    }

    private static final String[] COLOURS = {"#c62828", "#b26a00", "#1565c0", "#9e9e9e"};

    private static String stackedBar(int[] counts, int max) {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + BAR_WIDTH
                + "\" height=\"14\" role=\"img\">");
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            double w = counts[i] * (double) BAR_WIDTH / Math.max(max, 1);
            if (w > 0) {
                s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"12\" "
                        + "fill=\"%s\"/>", x, w, COLOURS[i]));
            }
            x += w;
        }
        return s.append("</svg>").toString();
    }

    private static void scorecard(Report r, Lang lang, StringBuilder h) {
        Scorecard card = r.scorecard();
        h.append("<h2>").append(Markup.escape(Msg.REPORT_SCORECARD.format(lang))).append("</h2>\n<p class=\"meta\">")
                .append(Markup.escape(Msg.REPORT_SCORECARD_NOTE.format(lang))).append("</p>\n");
        scoreTable(h, "score-jurisdictions", Msg.REPORT_JURISDICTION.format(lang), card.jurisdictions(), r, lang);
        scoreTable(h, "score-agencies", Msg.REPORT_AGENCY.format(lang), ranked(card.agencies()), r, lang);
        scoreTable(h, "score-plans", Msg.REPORT_PLAN.format(lang), card.plans(), r, lang);
    }

    /** Agencies ranked from the lowest share passed, ties by id, so an inspector sees where to start. */
    private static List<Scorecard.Row> ranked(List<Scorecard.Row> rows) {
        List<Scorecard.Row> r = new ArrayList<>(rows);
        r.sort(java.util.Comparator.comparingDouble((Scorecard.Row x) -> x.total().percent())
                .thenComparing(Scorecard.Row::id));
        return r;
    }

    private static void scoreTable(StringBuilder h, String id, String keyLabel, List<Scorecard.Row> rows, Report report,
                                   Lang lang) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> families = rows.stream().flatMap(r -> r.families().keySet().stream()).distinct().sorted().toList();
        h.append("<table id=\"").append(id).append("\">\n<tr><th>").append(Markup.escape(keyLabel)).append("</th>");
        families.forEach(f -> h.append("<th title=\"").append(Markup.escape(report.familyName(f, lang))).append("\">").append(f)
                .append("</th>"));
        h.append("<th>").append(Markup.escape(Msg.REPORT_TOTAL.format(lang))).append("</th><th></th></tr>\n");
        for (Scorecard.Row r : rows) {
            h.append("<tr data-key=\"").append(Markup.escape(r.id())).append("\"><td>").append(Markup.escape(label(r))).append("</td>");
            for (String f : families) {
                Scorecard.Score s = r.families().get(f);
                h.append(s == null ? "<td class=\"n\">—</td>" : scoreCell(s, f, lang));
            }
            h.append(scoreCell(r.total(), "total", lang)).append("<td>").append(percentBar(r.total().percent()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String label(Scorecard.Row r) {
        return r.name() == null || r.name().equals(r.id()) ? r.id() : r.id() + " — " + r.name();
    }

    /** A share passed: data-percent for programs (a point), the text as the language writes it (80,5 %). */
    private static String scoreCell(Scorecard.Score s, String family, Lang lang) {
        return String.format(java.util.Locale.ROOT, "<td class=\"n\" data-family=\"%s\" data-percent=\"%.1f\" "
                + "title=\"%d/%d\">%s %%</td>", family, s.percent(), s.passed(), s.applicable(),
                dxcheck.text.MessageText.decimal(java.math.BigDecimal.valueOf(s.percent())
                        .setScale(1, java.math.RoundingMode.HALF_EVEN), lang));
    }

    private static String percentBar(double percent) {
        double w = percent * BAR_WIDTH / 200.0;
        String colour = percent >= 90 ? "#2e7d32" : percent >= 70 ? "#b26a00" : "#c62828";
        return String.format(java.util.Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"14\" role=\"img\"><rect x=\"0\" y=\"1\" width=\"%d\" height=\"12\" fill=\"#eee\"/>"
                + "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"12\" fill=\"%s\"/></svg>", BAR_WIDTH / 2,
                BAR_WIDTH / 2, w, colour);
    }

    private static void findings(Report r, Lang lang, StringBuilder h) {
        h.append("<h2>").append(Markup.escape(Msg.REPORT_FINDINGS.format(lang))).append("</h2>\n<div id=\"findings\">\n");
        if (r.findings().isEmpty()) {
            h.append("<p>").append(Markup.escape(Msg.NO_FINDINGS.format(lang))).append("</p>\n");
        }
        r.bySubject().forEach((subject, list) -> {
            h.append("<h3>").append(Markup.escape(subject)).append("</h3>\n");
            list.forEach(f -> finding(r, f, lang, h));
        });
        h.append("</div>\n");
    }

    private static void finding(Report r, Finding f, Lang lang, StringBuilder h) {
        RuleInfo rule = r.rule(f);
        String sev = f.getSeverity().id();
        h.append("<div class=\"finding ").append(sev).append(f.isWaived() ? " is-waived" : "")
                .append("\" data-rule=\"").append(Markup.escape(f.getRule())).append("\" data-severity=\"").append(sev)
                .append("\" data-waived=\"").append(f.isWaived()).append("\">\n<div><span class=\"sev ").append(sev)
                .append("\">").append(Markup.escape(Msg.severity(f.getSeverity(), lang))).append("</span> <b>").append(Markup.escape(f.getRule()))
                .append("</b> ").append(Markup.escape(rule.title(lang))).append("</div>\n<div class=\"msg\">")
                .append(Markup.escape(r.message(f, lang))).append("</div>\n<div class=\"loc\">")
                .append(Markup.escape(f.getLocation().toString())).append("</div>\n");
        citations(h, "basis", Msg.LEGAL_BASIS, r.legalBasis(f, lang), lang);
        citations(h, "refs", Msg.REFERENCES, r.references(f, lang), lang);
        h.append("<div class=\"fix\">").append(Markup.escape(Msg.REPORT_REMEDIATION.format(lang))).append(": ")
                .append(Markup.escape(rule.remediation(lang))).append("</div>\n");
        Waiver w = r.waiver(f);
        if (w != null) {
            h.append("<div class=\"wv\">").append(Markup.escape(Msg.REPORT_WAIVER.format(lang, w.id(), w.reason(), w.expires())))
                    .append("</div>\n");
        }
        h.append("</div>\n");
    }

    private static void citations(StringBuilder h, String cls, Msg label, String text, Lang lang) {
        if (!text.isEmpty()) {
            h.append("<div class=\"").append(cls).append("\">").append(Markup.escape(label.format(lang))).append(": ")
                    .append(Markup.escape(text)).append("</div>\n");
        }
    }
}
