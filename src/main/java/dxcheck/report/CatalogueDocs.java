package dxcheck.report;

import dxcheck.engine.Knowledge;
import dxcheck.engine.RuleFamilies;
import dxcheck.engine.RuleInfo;
import dxcheck.model.Citation;
import dxcheck.model.KeyDeclaration;
import dxcheck.model.LegalSource;
import dxcheck.model.PolicyDocument;
import dxcheck.model.RuleFamily;
import dxcheck.model.Threshold;
import dxcheck.text.CitationText;
import dxcheck.text.Lang;
import dxcheck.text.MessageText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule catalogue, generated from the rules' own metadata and the policy they read (Markdown or HTML). */
public final class CatalogueDocs {
    private CatalogueDocs() {
    }

    public static String markdown(Collection<RuleInfo> rules, PolicyDocument policy, Knowledge knowledge) {
        Map<String, LegalSource> sources = knowledge.sources();
        StringBuilder b = new StringBuilder("# dxcheck rule catalogue\n\n")
                .append("Generated from the rules' metadata, `").append(policy.source().location().file())
                .append("` (policy `").append(policy.id()).append("`) and the legal sources beside them by ")
                .append("`./dxcheck rules docs --format md`; do not edit by hand. A rule applies while one of its legal ")
                .append("bases is in force (a rule with references only applies always); a report cites only what is in ")
                .append("force, or written, at its date. A key marked *floor* may be tightened by a province, never ")
                .append("relaxed (POL-001).\n");
        families(rules).forEach((family, members) -> {
            b.append("\n## ").append(heading(family, knowledge.families())).append("\n\n")
                    .append("| id | severity | title | legal basis | references | policy keys (national value) |\n")
                    .append("| --- | --- | --- | --- | --- | --- |\n");
            for (RuleInfo r : members) {
                // an anchor per rule: SARIF's helpUri points at docs/rules.md#stf-001 (issue 14)
                b.append("| <a id=\"").append(r.id().toLowerCase(java.util.Locale.ROOT)).append("\"></a>")
                        .append(r.id()).append(" | ").append(r.severity().id()).append(" | ")
                        .append(cell(r.titleVi())).append("<br>").append(cell(r.titleEn())).append(" | ")
                        .append(cell(cited(r.legalBases()))).append(" | ").append(cell(cited(r.references())))
                        .append(" | ").append(cell(keys(r, policy, "<br>"))).append(" |\n");
            }
        });
        b.append("\n## Legal sources\n\n| id | instrument | title | in force | checked against |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        sources.values().stream().filter(LegalSource::instrument).forEach(src -> b.append("| ").append(src.id())
                .append(" | ").append(cell(CitationText.name(src, Lang.VI))).append(" | ").append(cell(src.titleVi()))
                .append(" | ").append(cell(CitationText.inForce(src, Lang.EN))).append(" | ")
                .append(cell(src.url() == null ? "" : src.url())).append(" |\n"));
        return b.toString();
    }

    /** Every citation with its dates (not filtered by a day: the catalogue shows the whole history). */
    private static String cited(List<Citation> cs) {
        List<String> out = new ArrayList<>();
        cs.forEach(c -> out.add(CitationText.of(c, Lang.EN)));
        return out.isEmpty() ? "—" : String.join("; ", out);
    }

    public static String html(Collection<RuleInfo> rules, PolicyDocument policy, Knowledge knowledge) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>dxcheck — danh mục quy tắc / rule catalogue</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}")
                .append(".error{color:#b00}.warning{color:#a60}.info{color:#06a}")
                .append("</style>\n</head>\n<body>\n<h1>dxcheck — danh mục quy tắc / rule catalogue</h1>\n")
                .append("<p>Policy <code>").append(Markup.escape(policy.id())).append("</code></p>\n");
        families(rules).forEach((family, members) -> {
            b.append("<h2>").append(Markup.escape(heading(family, knowledge.families()))).append("</h2>\n<table>\n<tr><th>id</th><th>severity</th><th>title</th>")
                    .append("<th>căn cứ / legal basis</th><th>tham khảo / references</th>")
                    .append("<th>policy keys (default)</th></tr>\n");
            for (RuleInfo r : members) {
                b.append("<tr><td>").append(r.id()).append("</td><td class=\"").append(r.severity().id()).append("\">")
                        .append(r.severity().id()).append("</td><td>").append(Markup.escape(r.titleVi())).append("<br>")
                        .append(Markup.escape(r.titleEn())).append("</td><td>").append(Markup.escape(citedVi(r.legalBases())))
                        .append("</td><td>").append(Markup.escape(citedVi(r.references())))
                        .append("</td><td>").append(Markup.escape(keys(r, policy, "; ")))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        });
        return b.append("</body>\n</html>\n").toString();
    }

    private static Map<String, List<RuleInfo>> families(Collection<RuleInfo> rules) {
        Map<String, List<RuleInfo>> out = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            out.computeIfAbsent(RuleFamily.of(r.id()), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** ACC — Trách nhiệm người đứng đầu / Accountability (the letters alone when the folder names no families). */
    private static String heading(String family, RuleFamilies declared) {
        RuleFamily f = declared.get(family);
        return f == null ? family : family + " — " + f.nameVi() + " / " + f.nameEn();
    }

    private static String citedVi(List<Citation> cs) {
        List<String> out = new ArrayList<>();
        cs.forEach(c -> out.add(CitationText.of(c, Lang.VI)));
        return out.isEmpty() ? "—" : String.join("; ", out);
    }

    /** Each key read with its national value (per year when it has years), which way is stricter, and floor. */
    private static String keys(RuleInfo r, PolicyDocument policy, String sep) {
        List<String> out = new ArrayList<>();
        for (String k : r.policyKeys()) {
            if (k.endsWith("*")) { // a key built from a prefix (documents.workOnline.minPercent.<level>): every one
                String prefix = k.substring(0, k.length() - 1);
                policy.thresholds().keySet().stream().filter(x -> x.startsWith(prefix)).forEach(x -> out.add(x + value(x, policy)));
            } else {
                out.add(k + value(k, policy));
            }
        }
        return out.isEmpty() ? "—" : String.join(sep, out);
    }

    private static String value(String k, PolicyDocument policy) {
        Map<Integer, Object> perYear = policy.byYear().get(k);
        Threshold t = policy.thresholds().get(k);
        String v;
        if (perYear != null) {
            List<String> years = new ArrayList<>();
            perYear.forEach((y, x) -> years.add(y + ": " + MessageText.value(x, Lang.EN)));
            v = String.join(", ", years);
        } else if (t != null) {
            v = MessageText.value(t.value(), Lang.EN);
        } else if ("evaluationYear".equals(k) && policy.evaluationYear() != null) {
            v = String.valueOf(policy.evaluationYear());
        } else {
            return "";
        }
        KeyDeclaration d = policy.declarations().get(k);
        String how = d == null || d.stricter() == null ? "" : "; " + d.stricter().id() + (d.floor() ? ", floor" : "");
        return " (" + v + how + ")";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
