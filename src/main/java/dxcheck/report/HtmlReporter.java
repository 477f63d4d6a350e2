package dxcheck.report;

import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained page for inspectors and their directors: no script, no font, no link outside the file; bar
 * charts in inline SVG; prints on A4. First the page a director reads (totals, the agencies and rules with the most
 * findings, the scorecard), then the findings by agency in collapsible groups with a severity filter made of radio
 * buttons and CSS, then an appendix that writes once what findings share (each rule's legal basis, references and
 * remediation). Numbers carry data-* attributes so tests (and other tools) can read them back.
 */
public final class HtmlReporter implements Reporter {
    private static final String STYLE = """
            body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:2em auto;padding:0 1em;color:#222;max-width:62em;line-height:1.35}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
            h3{font-size:1em;margin:1em 0 .3em}a{color:#0d47a1}a.rl{white-space:nowrap}#first-page table{width:100%}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
            thead th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}.meta{color:#555;font-size:.9em}
            .sev{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em;white-space:nowrap}
            .sev.error{background:#c62828}.sev.warning{background:#b26a00}.sev.info{background:#1565c0}
            .sev.waived{background:#fff;color:#444;border:1px solid #757575;padding:0 .35em}
            .tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}
            .tile{border:1px solid #ccc;border-top:6px solid #9e9e9e;padding:.3em .8em;min-width:8em}.tile b{display:block;font-size:1.8em}
            .tile.error{border-top-color:#c62828}.tile.warning{border-top-color:#b26a00}.tile.info{border-top-color:#1565c0}
            .filter label{display:inline-block;border:1px solid #999;border-radius:1em;padding:.05em .8em;margin:.1em;cursor:pointer}
            .flt{position:absolute;opacity:0;pointer-events:none}
            details.owner{border:1px solid #ddd;border-radius:4px;margin:.4em 0;padding:0 .6em}
            details.owner>summary{cursor:pointer;padding:.35em 0;font-weight:bold}summary .counts{font-weight:normal}
            table.findings{width:100%;font-size:.92em;table-layout:fixed}table.findings th:first-child{width:6.5em}
            table.findings th:nth-child(2){width:34%}td svg{display:block}.ranked td svg{width:220px}tr.rule-head th{background:#f7f7f7;font-weight:normal}
            tr.rule-head a{font-weight:bold}tr.is-waived td{color:#555}.was{color:#555;font-size:.85em}
            .loc{font-family:"Noto Sans Mono","Liberation Mono",Menlo,Consolas,"Noto Sans","DejaVu Sans",monospace;font-size:.9em;color:#555;word-break:break-all}
            .rule{margin:.8em 0;break-inside:avoid}.basis,.refs,.fix,.wv{font-size:.9em;margin:.15em 0}
            @page{size:A4;margin:12mm}
            @media print{body{margin:0;padding:0;max-width:none;font-size:9.5pt}#detail,#appendix{break-before:page}
            h2,h3,summary,tr.rule-head{break-after:avoid}thead{display:table-header-group}tr,.tile,.rule{break-inside:avoid}
            details.owner{border:0;padding:0;margin:.8em 0}details.owner>summary{list-style:none;font-size:1.05em}
            details.owner>summary::-webkit-details-marker{display:none}
            details::details-content{display:block;content-visibility:visible}
            td svg{width:7em}.ranked td svg{width:9em}.no-print,.filter label{display:none}a{color:inherit;text-decoration:none}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    @Override
    public String render(Report report, Lang lang) {
        StringBuilder h = new StringBuilder(64 + report.findings().size() * 400);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
                .append(Markup.escape(Msg.REPORT_TITLE.format(lang))).append("</title>\n<style>\n").append(STYLE)
                .append(filterStyle()).append("</style>\n</head>\n<body>\n");
        header(report, lang, h);
        HtmlParts parts = new HtmlParts(report, lang);
        new HtmlFirstPage(parts).render(h);
        new HtmlDetails(parts).render(h);
        new HtmlAppendix(parts).render(h);
        h.append("<p class=\"meta\">").append(Markup.escape(Msg.REPORT_GENERATED.format(lang, report.toolVersion())))
                .append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The severity filter without script: the checked radio button (a sibling before #findings) hides, with ~
     * selectors, the rows, rule headings and agencies that have nothing of the chosen kind; "errors" means errors
     * not waived. The chosen button's label is marked, and is the only one printed, so paper says what it holds.
     */
    static String filterStyle() {
        StringBuilder css = new StringBuilder();
        List<String> chosen = new ArrayList<>();
        for (String f : HtmlDetails.FILTERS) {
            String on = "#show-" + f + ":checked~#findings ";
            String row = f.equals("waived") ? on + ".finding:not(.is-waived)"
                    : on + ".finding:not(." + f + ")," + on + ".finding.is-waived";
            css.append(row).append(',').append(on).append(".owner:not(.has-").append(f).append("),").append(on)
                    .append(".rule-head:not(.has-").append(f).append("){display:none}\n");
        }
        for (String f : concat("all", HtmlDetails.FILTERS)) {
            chosen.add("#show-" + f + ":checked~.filter label[for=show-" + f + "]");
            css.append("#show-").append(f).append(":focus-visible~.filter label[for=show-").append(f)
                    .append("]{outline:2px solid #1565c0}\n");
        }
        css.append(String.join(",", chosen)).append("{background:#333;color:#fff;border-color:#333}\n")
                .append("@media print{").append(String.join(",", chosen)).append("{display:inline-block}}\n");
        return css.toString();
    }

    private static List<String> concat(String first, String[] rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
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
}
