package dxcheck.ruletest;

import dxcheck.engine.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every case under rules/tests as one dynamic test, and checks each rule has a firing and a quiet case. */
class RuleCasesTest {
    static final Path RULES = Path.of("rules");
    static RuleCaseRunner runner;
    static RuleBase rules;
    static List<RuleCase> cases = new ArrayList<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        dxcheck.run.RuleSet set = dxcheck.TestRules.of(RULES);
        rules = set.rules();
        runner = new RuleCaseRunner(rules, set.basePolicy(), List.of(), set.sources().ruleIds());
        for (Path p : RuleCaseRunner.caseFiles(RULES)) {
            cases.add(RuleCase.read(p, p.toString()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> {
            CaseResult r = runner.run(c);
            assertTrue(r.passed(), () -> String.join("\n", r.failures()));
        }));
    }

    /**
     * The shipped rules pass lint without an error: among its checks, that a rule joining facts of different provinces
     * says so (@scope("national")), which a check over several provinces relies on.
     */
    @Test
    void theShippedRulesPassLint() throws Exception {
        dxcheck.run.RuleSet set = dxcheck.TestRules.of(RULES);
        List<String> errors = dxcheck.engine.RuleLint.check(set.sources(), rules, set.basePolicy()).stream()
                .filter(dxcheck.engine.RuleLint.Issue::error)
                .map(i -> i.location() + ": " + i.message(dxcheck.text.Lang.EN)).toList();
        assertEquals(List.of(), errors);
    }

    /** Every case finds the same in one session as in a session per province (the default when it has several). */
    @Test
    void everyCaseFindsTheSameInOneSession() {
        for (RuleCase c : cases) {
            List<String> byProvince = shown(runner.run(c).findings());
            System.setProperty("dxcheck.sessions", "single");
            try {
                assertEquals(byProvince, shown(runner.run(c).findings()), c.name());
            } finally {
                System.clearProperty("dxcheck.sessions");
            }
        }
    }

    private static List<String> shown(List<dxcheck.model.Finding> findings) {
        return findings.stream().map(f -> f + " " + f.getParams() + " waiver " + f.getWaiverId()).toList();
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItDoesNot() {
        Coverage coverage = Coverage.of(rules.rules().keySet(), cases);
        assertEquals(Set.of(), coverage.withoutFiringCase(), "rules with no case where they fire");
        assertEquals(Set.of(), coverage.withoutQuietCase(), "rules with no case where they must not fire");
    }

    /**
     * Every finding of every case reads as prose in both languages: no placeholder left, no "—" for a missing value,
     * no vocabulary id where a word belongs ("UBND cấp commune", "ở mức partial"), numbers and dates as the language
     * writes them. Parenthesised notes — the field and policy key a finding names — are technical and left out.
     */
    @Test
    void everyMessageReadsAsProseInBothLanguages() {
        dxcheck.text.Terms terms = rules.knowledge().terms();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RuleCase c : cases) {
            for (dxcheck.model.Finding f : runner.run(c).findings()) {
                for (dxcheck.text.Lang lang : dxcheck.text.Lang.values()) {
                    String m = dxcheck.text.MessageText.render(rules.rules().get(f.getRule()).message(lang, f.getVariant()),
                            f.getParams(), lang, terms);
                    checked++;
                    String prose = m.replaceAll("\\([^()]*\\)", "").replaceAll("'[^']*'", "");
                    if (m.contains("—") || m.matches(".*\\{[A-Za-z0-9_]+}.*")) {
                        problems.add(c.name() + ": " + m);
                    }
                    if (prose.matches(".*\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b.*")) {
                        problems.add(c.name() + " (ISO date in prose): " + m);
                    }
                    if (lang == dxcheck.text.Lang.VI && prose.matches(".*[0-9]\\.[0-9]+ %.*")) {
                        problems.add(c.name() + " (decimal point in Vietnamese): " + m);
                    }
                    if (lang == dxcheck.text.Lang.VI) {
                        for (String id : terms.values()) {
                            if (id.matches("[a-z][a-z-]*[a-z]") && prose.matches("(?s).*(?<![\\w.-])"
                                    + java.util.regex.Pattern.quote(id) + "(?![\\w.-]).*")) {
                                problems.add(c.name() + " (raw id '" + id + "'): " + m);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "messages checked: " + checked);
        assertEquals(List.of(), problems);
    }
}
