package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI servers: a test suite per rule family, a test case per rule × subject (classname = rule id,
 * name = subject); its findings are the failure (or, when all are waived, the reason it is skipped). A rule that
 * found nothing is one passing test case, so a CI server shows every rule that ran.
 */
public final class JunitReporter implements Reporter {
    @Override
    public String render(Report report, Lang lang) {
        Map<String, Map<String, List<Finding>>> byFamily = new TreeMap<>();
        for (Finding f : report.findings()) {
            byFamily.computeIfAbsent(RuleInfo.family(f.getRule()), k -> new TreeMap<>())
                    .computeIfAbsent(f.getRule() + "\u0000" + f.getSubject(), k -> new ArrayList<>()).add(f);
        }
        for (String rule : report.rules().keySet()) {
            Map<String, List<Finding>> cases = byFamily.computeIfAbsent(RuleInfo.family(rule), k -> new TreeMap<>());
            if (cases.keySet().stream().noneMatch(k -> k.startsWith(rule + "\u0000"))) {
                cases.put(rule + "\u0000", List.of());
            }
        }
        int tests = byFamily.values().stream().mapToInt(Map::size).sum();
        int failures = count(byFamily, false);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"dxcheck\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\">\n");
        byFamily.forEach((family, cases) -> suite(b, family, cases, report, lang));
        return b.append("</testsuites>\n").toString();
    }

    private static int count(Map<String, Map<String, List<Finding>>> byFamily, boolean skipped) {
        int n = 0;
        for (Map<String, List<Finding>> cases : byFamily.values()) {
            for (List<Finding> fs : cases.values()) {
                n += !fs.isEmpty() && allWaived(fs) == skipped ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean allWaived(List<Finding> fs) {
        return fs.stream().allMatch(Finding::isWaived);
    }

    private static void suite(StringBuilder b, String family, Map<String, List<Finding>> cases, Report report,
                              Lang lang) {
        Map<String, Map<String, List<Finding>>> one = new LinkedHashMap<>();
        one.put(family, cases);
        b.append("  <testsuite name=\"").append(family).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(count(one, false)).append("\" skipped=\"").append(count(one, true))
                .append("\">\n");
        cases.forEach((key, fs) -> {
            String[] ruleAndSubject = key.split("\u0000", -1);
            String subject = ruleAndSubject[1].isEmpty() ? Msg.NO_FINDINGS.format(lang) : ruleAndSubject[1];
            b.append("    <testcase classname=\"").append(Markup.escape(ruleAndSubject[0])).append("\" name=\"")
                    .append(Markup.escape(subject)).append("\"");
            if (fs.isEmpty()) {
                b.append("/>\n");
                return;
            }
            b.append(">\n");
            Finding first = fs.get(0);
            if (allWaived(fs)) {
                b.append("      <skipped message=\"").append(Markup.escape(Msg.WAIVED_BY.format(lang, first.getWaiverId())))
                        .append("\"/>\n");
            } else {
                StringBuilder text = new StringBuilder();
                fs.stream().filter(f -> !f.isWaived()).forEach(f -> text.append(f.getLocation()).append(": ")
                        .append(report.message(f, lang)).append('\n'));
                cite(text, Msg.LEGAL_BASIS, report.legalBasis(first, lang), lang);
                cite(text, Msg.REFERENCES, report.references(first, lang), lang);
                b.append("      <failure type=\"").append(first.getSeverity().id()).append("\" message=\"")
                        .append(Markup.escape(report.message(first, lang))).append("\">").append(Markup.escape(text.toString()))
                        .append("</failure>\n");
            }
            b.append("    </testcase>\n");
        });
        b.append("  </testsuite>\n");
    }

    private static void cite(StringBuilder text, Msg label, String cited, Lang lang) {
        if (!cited.isEmpty()) {
            text.append(label.format(lang)).append(": ").append(cited).append('\n');
        }
    }
}
