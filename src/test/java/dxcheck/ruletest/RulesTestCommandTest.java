package dxcheck.ruletest;

import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        assertTrue(r.out().contains(dir.resolve("wrong.yaml") + ":7: expected STF-001 ht.stttt (error) line 21, found 0"),
                r::toString);
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

    private Path caseWith(String expectations) throws IOException {
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"), StandardCopyOption.REPLACE_EXISTING);
        dxcheck.TestDocs.copyKnowledge(rules);
        Files.copy(Path.of("rules/staffing.drl"), rules.resolve("staffing.drl"), StandardCopyOption.REPLACE_EXISTING);
        Path dir = Files.createDirectories(rules.resolve("tests/STF-001"));
        Path file = dir.resolve("case.yaml");
        String below = Files.readString(Path.of("rules/tests/STF-001/below-minimum.yaml"));
        Files.writeString(file, below.replaceFirst("expect:\\n  - \\{rule: STF-001, subject: ht.stttt, severity: error, "
                + "line: 22\\}", expectations));
        return file;
    }

    @Test
    void aCaseNamingAnUnknownRuleFailsAtItsLineInsteadOfBeingSkipped() throws IOException {
        Path file = caseWith("expect:\n  - {rule: STF-001}\nexpectNot:\n  - {rule: CDT-01}\n  - {rule: INF-0O1}");
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(file + ":9: unknown rule id 'CDT-01': no rule of the rules folder defines it"),
                r::toString);
        assertTrue(r.out().contains(file + ":10: unknown rule id 'INF-0O1'"), r::toString);
        assertTrue(r.out().contains("0 passed, 1 failed"), r::toString);
    }

    @Test
    void aCaseMayStateHowManyFindingsThereAre() throws IOException {
        caseWith("expect:\n  - {rule: STF-001, count: 1}\n  - {rule: STF-007, count: 0}");
        Cli.Result one = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(0, one.exit(), one::toString);
        Path file = caseWith("expect:\n  - {rule: STF-001, count: 2}");
        Cli.Result two = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, two.exit(), two::toString);
        assertTrue(two.out().contains(file + ":7: expected 2 × STF-001, found 1"), two::toString);
    }
}
