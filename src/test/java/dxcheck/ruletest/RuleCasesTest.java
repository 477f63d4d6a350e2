package dxcheck.ruletest;

import dxcheck.engine.RuleBase;
import dxcheck.load.Loader;
import dxcheck.model.PolicyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
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
        rules = RuleBase.build(RULES);
        PolicyDocument base = Loader.load(List.of(RULES.resolve("policy.yaml").toString()),
                InputStream.nullInputStream()).policies.get(0);
        runner = new RuleCaseRunner(rules, base);
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

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItDoesNot() {
        Coverage coverage = Coverage.of(rules.rules().keySet(), cases);
        assertEquals(Set.of(), coverage.withoutFiringCase(), "rules with no case where they fire");
        assertEquals(Set.of(), coverage.withoutQuietCase(), "rules with no case where they must not fire");
    }
}
