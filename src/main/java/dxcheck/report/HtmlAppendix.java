package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.RuleFamily;
import dxcheck.text.Msg;

import java.util.Map;

/**
 * What the findings share, written once: each rule with findings (its title, severity, legal basis in force at the
 * report's date, references and remediation), the scorecard of every agency, and the counts by rule family.
 */
final class HtmlAppendix {
    private final HtmlParts p;
    private final Report r;

    HtmlAppendix(HtmlParts parts) {
        this.p = parts;
        this.r = parts.report();
    }

    void render(StringBuilder h) {
        if (r.findings().isEmpty() && !HtmlFirstPage.agenciesInAppendix(r.scorecard())) {
            return;
        }
        h.append("<section id=\"appendix\">\n");
        rules(h);
        if (HtmlFirstPage.agenciesInAppendix(r.scorecard())) {
            h.append("<h2>").append(p.text(Msg.REPORT_APPENDIX_SCORES)).append("</h2>\n");
            p.scoreTable(h, "score-agencies", Msg.REPORT_AGENCY.format(p.lang()),
                    HtmlFirstPage.rankedAgencies(r.scorecard()));
        }
        families(h);
        h.append("</section>\n");
    }

    private void rules(StringBuilder h) {
        Map<String, Tally> by = Tally.by(r.findings(), Finding::getRule);
        if (by.isEmpty()) {
            return;
        }
        h.append("<h2>").append(p.text(Msg.REPORT_APPENDIX_RULES)).append("</h2>\n<div id=\"rules\">\n");
        by.forEach((id, t) -> {
            RuleInfo rule = r.rules().get(id);
            String sev = rule.severity().id();
            h.append("<div class=\"rule\" id=\"").append(HtmlParts.ruleAnchor(id)).append("\" data-rule=\"")
                    .append(Markup.escape(id)).append("\">\n<h3>").append(Markup.escape(id)).append(" — ")
                    .append(Markup.escape(rule.title(p.lang()))).append("</h3>\n<div><span class=\"sev ").append(sev)
                    .append("\">").append(Markup.escape(Msg.severity(rule.severity(), p.lang()))).append("</span> ")
                    .append(p.text(Msg.REPORT_RULE_FINDINGS, p.n(t.total()), p.n(t.owners()))).append("</div>\n");
            citation(h, "basis", Msg.LEGAL_BASIS, rule.legalBasis(p.lang(), r.asOf()));
            citation(h, "refs", Msg.REFERENCES, rule.references(p.lang(), r.asOf()));
            citation(h, "fix", Msg.REPORT_REMEDIATION, rule.remediation(p.lang()));
            h.append("</div>\n");
        });
        h.append("</div>\n");
    }

    private void citation(StringBuilder h, String cls, Msg label, String text) {
        if (text != null && !text.isEmpty()) {
            h.append("<div class=\"").append(cls).append("\">").append(p.text(label)).append(": ")
                    .append(Markup.escape(text)).append("</div>\n");
        }
    }

    private void families(StringBuilder h) {
        Map<String, Tally> by = Tally.by(r.findings(), f -> RuleFamily.of(f.getRule()));
        if (by.isEmpty()) {
            return;
        }
        int max = by.values().stream().mapToInt(Tally::total).max().orElse(1);
        h.append("<h2>").append(p.text(Msg.REPORT_APPENDIX_FAMILIES)).append("</h2>\n<table id=\"by-family\">\n<thead><tr><th>")
                .append(p.text(Msg.REPORT_FAMILY)).append("</th>").append(p.countHeads()).append("<th></th></tr></thead>\n<tbody>\n");
        by.forEach((fam, t) -> h.append("<tr data-key=\"").append(Markup.escape(fam)).append("\"><td>")
                .append(Markup.escape(fam + " — " + r.familyName(fam, p.lang()))).append("</td>").append(p.countCells(t))
                .append("<td>").append(HtmlParts.stackedBar(t.columns(), max)).append("</td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }
}
