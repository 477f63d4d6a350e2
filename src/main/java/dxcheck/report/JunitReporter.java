package dxcheck.report;

import dxcheck.model.FailOn;
import dxcheck.model.Finding;
import dxcheck.model.RuleFamily;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI servers (valid against Jenkins xunit's junit-10.xsd): a test suite per rule family, a test case
 * per rule × subject (classname = rule id, name = subject). A case fails when it has findings at or above --fail-on
 * that are not waived — so the report is red exactly when dxcheck exits 1. Findings below --fail-on pass, their
 * lines in the case's system-out: a CI server shows them with the case, green, as the exit code says (skipped would
 * read as "not run", and some servers mark a build unstable for it); a case whose findings are all waived is skipped,
 * naming the waiver. A rule that found nothing is one passing case, so every rule that ran is listed. errors is
 * always 0: a rule that fails to run stops the whole check (exit 2), and no report is written.
 */
public final class JunitReporter implements Reporter {
    private final FailOn failOn;

    public JunitReporter() {
        this(FailOn.ERROR);
    }

    /** @param failOn the --fail-on threshold: a case fails as the run would */
    public JunitReporter(FailOn failOn) {
        this.failOn = failOn;
    }

    /** What a case amounts to. */
    private enum Outcome { PASSED, FAILED, SKIPPED }

    @Override
    public String render(Report report, Lang lang) {
        Map<String, Map<String, List<Finding>>> byFamily = new TreeMap<>();
        for (Finding f : report.findings()) {
            byFamily.computeIfAbsent(RuleFamily.of(f.getRule()), k -> new TreeMap<>())
                    .computeIfAbsent(f.getRule() + "\u0000" + f.getSubject(), k -> new ArrayList<>()).add(f);
        }
        for (String rule : report.rules().keySet()) {
            Map<String, List<Finding>> cases = byFamily.computeIfAbsent(RuleFamily.of(rule), k -> new TreeMap<>());
            if (cases.keySet().stream().noneMatch(k -> k.startsWith(rule + "\u0000"))) {
                cases.put(rule + "\u0000", List.of());
            }
        }
        int tests = 0;
        int failures = 0;
        for (Map<String, List<Finding>> cases : byFamily.values()) {
            tests += cases.size();
            failures += count(cases, Outcome.FAILED);
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"dxcheck\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\">\n");
        byFamily.forEach((family, cases) -> suite(b, family, cases, report, lang));
        return b.append("</testsuites>\n").toString();
    }

    private Outcome outcome(List<Finding> fs) {
        if (fs.isEmpty()) {
            return Outcome.PASSED;
        }
        if (fs.stream().allMatch(Finding::isWaived)) {
            return Outcome.SKIPPED;
        }
        return fs.stream().anyMatch(this::fails) ? Outcome.FAILED : Outcome.PASSED;
    }

    private boolean fails(Finding f) {
        return failOn.fails(f);
    }

    private int count(Map<String, List<Finding>> cases, Outcome outcome) {
        return (int) cases.values().stream().filter(fs -> outcome(fs) == outcome).count();
    }

    private void suite(StringBuilder b, String family, Map<String, List<Finding>> cases, Report report, Lang lang) {
        b.append("  <testsuite name=\"").append(family).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(count(cases, Outcome.FAILED)).append("\" errors=\"0\" skipped=\"")
                .append(count(cases, Outcome.SKIPPED)).append("\">\n");
        cases.forEach((key, fs) -> testCase(b, key, fs, report, lang));
        b.append("  </testsuite>\n");
    }

    private void testCase(StringBuilder b, String key, List<Finding> fs, Report report, Lang lang) {
        String[] ruleAndSubject = key.split("\u0000", -1);
        String subject = ruleAndSubject[1].isEmpty() ? Msg.NO_FINDINGS.format(lang) : ruleAndSubject[1];
        b.append("    <testcase classname=\"").append(Markup.escape(ruleAndSubject[0])).append("\" name=\"")
                .append(Markup.escape(subject)).append("\"");
        if (fs.isEmpty()) {
            b.append("/>\n");
            return;
        }
        b.append(">\n");
        Outcome outcome = outcome(fs);
        if (outcome == Outcome.SKIPPED) {
            b.append("      <skipped message=\"")
                    .append(Markup.escape(Msg.WAIVED_BY.format(lang, fs.get(0).getWaiverId()))).append("\"/>\n");
        } else if (outcome == Outcome.FAILED) {
            List<Finding> failing = fs.stream().filter(this::fails).toList();
            b.append("      <failure type=\"").append(failing.get(0).getSeverity().id()).append("\" message=\"")
                    .append(Markup.escape(report.message(failing.get(0), lang))).append("\">")
                    .append(Markup.escape(lines(failing, report, lang))).append("</failure>\n");
        }
        List<Finding> passing = fs.stream().filter(f -> !f.isWaived() && !fails(f)).toList();
        if (!passing.isEmpty()) {
            b.append("      <system-out>").append(Markup.escape(lines(passing, report, lang))).append("</system-out>\n");
        }
        b.append("    </testcase>\n");
    }

    /** The findings of one rule and subject, then the legal basis in force and the references they rest on. */
    private static String lines(List<Finding> fs, Report report, Lang lang) {
        StringBuilder text = new StringBuilder();
        fs.forEach(f -> text.append(f.getLocation()).append(": ").append(f.getSeverity().id()).append(' ')
                .append(f.getRule()).append(": ").append(report.message(f, lang)).append('\n'));
        cite(text, Msg.LEGAL_BASIS, report.legalBasis(fs.get(0), lang), lang);
        cite(text, Msg.REFERENCES, report.references(fs.get(0), lang), lang);
        return text.toString();
    }

    private static void cite(StringBuilder text, Msg label, String cited, Lang lang) {
        if (!cited.isEmpty()) {
            text.append(label.format(lang)).append(": ").append(cited).append('\n');
        }
    }
}
