package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.Waiver;
import dxcheck.text.MessageText;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings grouped by agency (or plan, jurisdiction, waiver), each group a {@code <details>} holding one table,
 * its rows grouped by rule; a severity filter made of radio buttons that CSS reads (no script). A rule's title links
 * to the appendix, where its legal basis, references and remediation are written once.
 */
final class HtmlDetails {
    /**
     * Up to this many findings in all, every group is open: a small report reads at once. Above, the groups are
     * closed and the page opens fast; printing opens them (see the style's ::details-content).
     */
    static final int OPEN_UP_TO = 50;
    static final String[] FILTERS = {"error", "warning", "info", "waived"};

    private final HtmlParts p;
    private final Report r;

    HtmlDetails(HtmlParts parts) {
        this.p = parts;
        this.r = parts.report();
    }

    void render(StringBuilder h) {
        h.append("<section id=\"detail\">\n<h2>").append(p.text(Msg.REPORT_DETAILS)).append("</h2>\n");
        if (r.findings().isEmpty()) {
            h.append("<div id=\"findings\"><p>").append(p.text(Msg.NO_FINDINGS)).append("</p></div>\n</section>\n");
            return;
        }
        filter(h);
        Map<String, List<Finding>> byOwner = new TreeMap<>();
        r.findings().forEach(f -> byOwner.computeIfAbsent(f.getOwner(), k -> new ArrayList<>()).add(f));
        boolean open = r.findings().size() <= OPEN_UP_TO;
        h.append("<div id=\"findings\">\n");
        byOwner.forEach((owner, list) -> owner(h, owner, list, open));
        h.append("</div>\n</section>\n");
    }

    /** The radio buttons must come before #findings, as its siblings, for the style's ~ selectors to reach it. */
    private void filter(StringBuilder h) {
        h.append("<input type=\"radio\" name=\"show\" id=\"show-all\" class=\"flt\" checked>\n");
        for (String f : FILTERS) {
            h.append("<input type=\"radio\" name=\"show\" id=\"show-").append(f).append("\" class=\"flt\">\n");
        }
        Report.Summary s = r.summary();
        int[] counts = {s.error(), s.warning(), s.info(), s.waived()};
        Msg[] labels = {Msg.REPORT_ERRORS, Msg.REPORT_WARNINGS, Msg.REPORT_INFOS, Msg.REPORT_WAIVED};
        h.append("<p class=\"filter\">").append(p.text(Msg.REPORT_SHOW)).append(": <label for=\"show-all\">")
                .append(p.text(Msg.REPORT_SHOW_ALL)).append(" (").append(p.n(r.findings().size())).append(")</label>");
        for (int i = 0; i < FILTERS.length; i++) {
            h.append(" <label for=\"show-").append(FILTERS[i]).append("\">").append(p.text(labels[i])).append(" (")
                    .append(p.n(counts[i])).append(")</label>");
        }
        h.append("</p>\n<p class=\"meta no-print\">").append(p.text(Msg.REPORT_FILTER_NOTE)).append("</p>\n");
    }

    private void owner(StringBuilder h, String owner, List<Finding> findings, boolean open) {
        Tally all = new Tally();
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        Map<String, Tally> ruleTally = new TreeMap<>();
        for (Finding f : findings) {
            all.add(f);
            byRule.computeIfAbsent(f.getRule(), k -> new ArrayList<>()).add(f);
            ruleTally.computeIfAbsent(f.getRule(), k -> new Tally()).add(f);
        }
        h.append("<details class=\"owner ").append(all.classes()).append("\" data-owner=\"").append(Markup.escape(owner))
                .append("\"").append(open ? " open" : "").append(">\n<summary>").append(p.ownerLabel(owner))
                .append(" <span class=\"counts\">").append(p.countBadges(all)).append("</span></summary>\n<table id=\"")
                .append(HtmlParts.ownerAnchor(owner)).append("\" class=\"findings\">\n<thead><tr><th>")
                .append(p.text(Msg.REPORT_SEVERITY)).append("</th><th>").append(p.text(Msg.REPORT_SUBJECT_LOCATION))
                .append("</th><th>").append(p.text(Msg.REPORT_MESSAGE)).append("</th></tr></thead>\n<tbody>\n");
        for (String rule : Tally.sorted(ruleTally)) {
            ruleHead(h, rule, ruleTally.get(rule));
            byRule.get(rule).forEach(f -> finding(h, f));
        }
        h.append("</tbody>\n</table>\n</details>\n");
    }

    private void ruleHead(StringBuilder h, String rule, Tally t) {
        RuleInfo info = r.rules().get(rule);
        h.append("<tr class=\"rule-head ").append(t.classes()).append("\"><th colspan=\"3\">").append(p.ruleLink(rule))
                .append(' ').append(Markup.escape(info.title(p.lang()))).append(" <span class=\"meta\">(")
                .append(p.n(t.total())).append(")</span></th></tr>\n");
    }

    /**
     * A row, its classes the severity and is-waived (what the filter reads); a waived finding shows "miễn trừ"
     * first and its severity after, in grey, never a red badge.
     */
    private void finding(StringBuilder h, Finding f) {
        String sev = f.getSeverity().id();
        h.append("<tr class=\"finding ").append(sev).append(f.isWaived() ? " is-waived" : "").append("\" data-rule=\"")
                .append(Markup.escape(f.getRule())).append("\"><td>");
        if (f.isWaived()) {
            h.append("<span class=\"sev waived\">").append(p.text(Msg.REPORT_WAIVED_BADGE))
                    .append("</span> <span class=\"was\">(").append(Markup.escape(Msg.severity(f.getSeverity(), p.lang())))
                    .append(")</span>");
        } else {
            h.append("<span class=\"sev ").append(sev).append("\">")
                    .append(Markup.escape(Msg.severity(f.getSeverity(), p.lang()))).append("</span>");
        }
        h.append("</td><td>").append(Markup.escape(f.getSubject())).append("<div class=\"loc\">")
                .append(Markup.escape(f.getLocation().toString())).append("</div></td><td class=\"msg\">")
                .append(Markup.escape(r.message(f, p.lang())));
        Waiver w = r.waiver(f);
        if (w != null) {
            String reason = w.reason() == null ? "" : w.reason();
            h.append("<div class=\"wv\">").append(w.expires() == null ? p.text(Msg.REPORT_WAIVER_NO_END, w.id(), reason)
                    : p.text(Msg.REPORT_WAIVER, w.id(), reason, MessageText.date(w.expires(), p.lang()))).append("</div>");
        }
        h.append("</td></tr>\n");
    }
}
