package dxcheck.ruletest;

import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dxcheck rules test as a rule author runs it: a runner's output, a closing count, exit 1 on failure. */
class RulesTestCommandTest {
    @TempDir
    Path rules;

    @Test
    void theShippedCasesPassWithFullCoverage() {
        Cli.Result r = Cli.run("rules", "test", "--coverage");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+ passed, 0 failed")), r::toString);
        assertTrue(r.out().contains("  STF-001  "), r::toString);
    }

    @Test
    void aFailingCaseShowsExpectedAndActualAndExitsOne() throws IOException {
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        dxcheck.TestDocs.copyKnowledge(rules);
        Files.copy(Path.of("rules/staffing.drl"), rules.resolve("staffing.drl"));
        Path dir = Files.createDirectories(rules.resolve("tests/STF-001"));
        Files.writeString(dir.resolve("wrong.yaml"), Files.readString(Path.of("rules/tests/STF-001/below-minimum.yaml"))
                .replace("line: 22", "line: 21"));
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "STF-001");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("FAIL " + dir.resolve("wrong.yaml")), r::toString);
        assertTrue(r.out().contains("expected STF-001 ht.stttt (error) line 21, not found"), r::toString);
        assertTrue(r.out().contains("STF-001 error ht.stttt @ " + dir.resolve("wrong.yaml") + ":22:5"), r::toString);
        assertTrue(r.out().contains("0 passed, 1 failed"), r::toString);
        Cli.Result coverage = Cli.run("rules", "test", "--rules", rules.toString(), "--coverage", "STF-001");
        assertTrue(coverage.out().contains("no case where it fires: STF-002"), coverage::toString);
    }

    @Test
    void coverageListsCatalogueIdsThatNoRuleImplements() throws IOException {
        Path catalogue = rules.resolve("catalogue.md");
        Files.writeString(catalogue, "| id | sev |\n| --- | --- |\n| STF-001 | error |\n| XYZ-999 | error |\n");
        Cli.Result r = Cli.run("rules", "test", "--coverage", "--catalogue", catalogue.toString(), "STF-001");
        assertTrue(r.out().contains("catalogue ids no rule implements (" + catalogue + "): XYZ-999"), r::toString);
    }
}
