package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Threshold;
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

    public static String markdown(Collection<RuleInfo> rules, PolicyDocument policy) {
        StringBuilder b = new StringBuilder("# dxcheck rule catalogue\n\n")
                .append("Generated from the rules' metadata and `").append(policy.source().location().file())
                .append("` (policy `").append(policy.id()).append("`) by `./dxcheck rules docs --format md`; ")
                .append("do not edit by hand.\n");
        families(rules).forEach((family, members) -> {
            b.append("\n## ").append(family).append("\n\n")
                    .append("| id | severity | title | legal basis | policy keys (default) |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (RuleInfo r : members) {
                // an anchor per rule: SARIF's helpUri points at docs/rules.md#stf-001 (issue 14)
                b.append("| <a id=\"").append(r.id().toLowerCase(java.util.Locale.ROOT)).append("\"></a>")
                        .append(r.id()).append(" | ").append(r.severity().id()).append(" | ")
                        .append(cell(r.titleVi())).append("<br>").append(cell(r.titleEn())).append(" | ")
                        .append(cell(r.legalBasisEn())).append(" | ").append(cell(keys(r, policy, ", "))).append(" |\n");
            }
        });
        return b.toString();
    }

    public static String html(Collection<RuleInfo> rules, PolicyDocument policy) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>dxcheck — danh mục quy tắc / rule catalogue</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}")
                .append(".error{color:#b00}.warning{color:#a60}.info{color:#06a}")
                .append("</style>\n</head>\n<body>\n<h1>dxcheck — danh mục quy tắc / rule catalogue</h1>\n")
                .append("<p>Policy <code>").append(Markup.escape(policy.id())).append("</code></p>\n");
        families(rules).forEach((family, members) -> {
            b.append("<h2>").append(family).append("</h2>\n<table>\n<tr><th>id</th><th>severity</th><th>title</th>")
                    .append("<th>legal basis</th><th>policy keys (default)</th></tr>\n");
            for (RuleInfo r : members) {
                b.append("<tr><td>").append(r.id()).append("</td><td class=\"").append(r.severity().id()).append("\">")
                        .append(r.severity().id()).append("</td><td>").append(Markup.escape(r.titleVi())).append("<br>")
                        .append(Markup.escape(r.titleEn())).append("</td><td>").append(Markup.escape(r.legalBasisVi())).append("<br>")
                        .append(Markup.escape(r.legalBasisEn())).append("</td><td>").append(Markup.escape(keys(r, policy, "; ")))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        });
        return b.append("</body>\n</html>\n").toString();
    }

    private static Map<String, List<RuleInfo>> families(Collection<RuleInfo> rules) {
        Map<String, List<RuleInfo>> out = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            out.computeIfAbsent(RuleInfo.family(r.id()), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static String keys(RuleInfo r, PolicyDocument policy, String sep) {
        List<String> out = new ArrayList<>();
        for (String k : r.policyKeys()) {
            Threshold t = policy.thresholds().get(k);
            Object value = t != null ? t.value() : "evaluationYear".equals(k) ? policy.evaluationYear() : null;
            out.add(k + (value == null ? "" : " (" + MessageText.value(value, Lang.EN) + ")"));
        }
        return out.isEmpty() ? "—" : String.join(sep, out);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
