package dxcheck.report;

import dxcheck.model.Finding;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The page an inspector hands to a director: the totals, the agencies (and plans) with the most errors, the rules
 * broken most often and the scorecard — each ranked list linking to its details.
 */
final class HtmlFirstPage {
    /** How many agencies and rules the rankings show, and agencies the scorecard shows before the appendix. */
    static final int TOP = 10;

    private final HtmlParts p;
    private final Report r;

    HtmlFirstPage(HtmlParts parts) {
        this.p = parts;
        this.r = parts.report();
    }

    void render(StringBuilder h) {
        h.append("<section id=\"first-page\">\n");
        totals(h);
        topOwners(h);
        topRules(h);
        scorecard(h);
        h.append("</section>\n");
    }

    private void totals(StringBuilder h) {
        Report.Summary s = r.summary();
        h.append("<h2>").append(p.text(Msg.REPORT_SUMMARY)).append("</h2>\n<div id=\"summary\" class=\"tiles\">");
        tile(h, "error", Msg.REPORT_ERRORS, s.error());
        tile(h, "warning", Msg.REPORT_WARNINGS, s.warning());
        tile(h, "info", Msg.REPORT_INFOS, s.info());
        tile(h, "waived", Msg.REPORT_WAIVED, s.waived());
        h.append("</div>\n<p>").append(p.text(Msg.SUMMARY, s.error(), s.warning(), s.info(), s.waived(),
                s.subjects(), s.rules())).append("</p>\n");
    }

    private void tile(StringBuilder h, String cls, Msg label, int n) {
        h.append("<div class=\"tile ").append(cls).append("\" data-count=\"").append(cls).append("\" data-n=\"")
                .append(n).append("\"><b>").append(p.n(n)).append("</b> ").append(p.text(label)).append("</div>");
    }

    private void topOwners(StringBuilder h) {
        Map<String, Tally> by = Tally.by(r.findings(), Finding::getOwner);
        List<String> top = Tally.ranked(by, TOP);
        h.append("<h2>").append(p.text(Msg.REPORT_TOP_OWNERS)).append("</h2>\n");
        if (top.isEmpty()) {
            h.append("<p>").append(p.text(Msg.NO_FINDINGS)).append("</p>\n");
            return;
        }
        h.append("<p class=\"meta\">").append(p.text(Msg.REPORT_RANK_NOTE, TOP)).append("</p>\n")
                .append("<table id=\"top-owners\" class=\"ranked\">\n<thead><tr><th>").append(p.text(Msg.REPORT_RANK))
                .append("</th><th>").append(p.text(Msg.REPORT_OWNER)).append("</th>").append(p.countHeads())
                .append("<th></th></tr></thead>\n<tbody>\n");
        int max = top.stream().mapToInt(o -> by.get(o).total()).max().orElse(1);
        int rank = 0;
        for (String owner : top) {
            Tally t = by.get(owner);
            h.append("<tr data-key=\"").append(Markup.escape(owner)).append("\"><td class=\"n\">").append(++rank)
                    .append("</td><td><a href=\"#").append(HtmlParts.ownerAnchor(owner)).append("\">")
                    .append(p.ownerLabel(owner)).append("</a></td>").append(p.countCells(t)).append("<td>")
                    .append(HtmlParts.stackedBar(t.columns(), max)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private void topRules(StringBuilder h) {
        Map<String, Tally> by = Tally.by(r.findings(), Finding::getRule);
        List<String> top = Tally.mostFound(by, TOP);
        if (top.isEmpty()) {
            return;
        }
        h.append("<h2>").append(p.text(Msg.REPORT_TOP_RULES)).append("</h2>\n<p class=\"meta\">")
                .append(p.text(Msg.REPORT_RULES_RANK_NOTE, TOP)).append("</p>\n")
                .append("<table id=\"top-rules\" class=\"ranked\">\n<thead><tr><th>").append(p.text(Msg.REPORT_RANK))
                .append("</th><th>").append(p.text(Msg.REPORT_RULE)).append("</th><th>")
                .append(p.text(Msg.REPORT_RULE_TITLE)).append("</th>").append(p.countHeads()).append("<th>")
                .append(p.text(Msg.REPORT_OWNERS_AFFECTED)).append("</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (String rule : top) {
            Tally t = by.get(rule);
            h.append("<tr data-key=\"").append(Markup.escape(rule)).append("\"><td class=\"n\">").append(++rank)
                    .append("</td><td>").append(p.ruleLink(rule)).append("</td><td>")
                    .append(Markup.escape(r.rules().get(rule).title(p.lang()))).append("</td>").append(p.countCells(t))
                    .append("<td class=\"n\" data-n=\"").append(t.owners()).append("\">").append(p.n(t.owners()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private void scorecard(StringBuilder h) {
        Scorecard card = r.scorecard();
        h.append("<h2>").append(p.text(Msg.REPORT_SCORECARD)).append("</h2>\n<p class=\"meta\">")
                .append(p.text(Msg.REPORT_SCORECARD_NOTE)).append("</p>\n");
        p.scoreTable(h, "score-jurisdictions", Msg.REPORT_JURISDICTION.format(p.lang()), card.jurisdictions());
        p.scoreTable(h, "score-plans", Msg.REPORT_PLAN.format(p.lang()), card.plans());
        List<Scorecard.Row> agencies = rankedAgencies(card);
        if (agencies.size() <= TOP) {
            p.scoreTable(h, "score-agencies", Msg.REPORT_AGENCY.format(p.lang()), agencies);
        } else {
            h.append("<p class=\"meta\"><a href=\"#score-agencies\">").append(p.text(Msg.REPORT_SCORE_LOWEST, TOP))
                    .append("</a></p>\n");
            p.scoreTable(h, "score-lowest", Msg.REPORT_AGENCY.format(p.lang()), agencies.subList(0, TOP));
        }
    }

    /** Agencies from the lowest share passed, ties by id, so an inspector sees where to start. */
    static List<Scorecard.Row> rankedAgencies(Scorecard card) {
        List<Scorecard.Row> rows = new ArrayList<>(card.agencies());
        rows.sort(Comparator.comparingDouble((Scorecard.Row x) -> x.total().percent()).thenComparing(Scorecard.Row::id));
        return rows;
    }

    /** Whether the scorecard of every agency is left to the appendix. */
    static boolean agenciesInAppendix(Scorecard card) {
        return card.agencies().size() > TOP;
    }
}
