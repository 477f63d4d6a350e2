package dxcheck.engine;

import dxcheck.TestDocs;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule author breaks a rule on purpose; dxcheck must point at the file, line and column and exit 2. */
class RuleErrorsTest {
    @TempDir
    Path rules;
    Path input;

    private static final String HEADER = TestDocs.DRL_HEADER;
    private static final String METADATA = TestDocs.DRL_METADATA;

    @BeforeEach
    void setUp() throws IOException {
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        TestDocs.copyKnowledge(rules);
        input = rules.resolve("agency.yaml");
        Files.writeString(input, """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: a, name: A, jurisdiction: j}
                  asOf: 2023-01-01
                spec: {staffing: {dedicatedDxStaff: 1}}
                """);
    }

    private Cli.Result check(String drl) throws IOException {
        Files.writeString(rules.resolve("broken.drl"), drl);
        return Cli.run("check", "--lang", "en", "--rules", rules.toString(), input.toString());
    }

    private static void assertLine(Cli.Result r, String where, String text) {
        assertEquals(2, r.exit(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.contains(where) && l.contains(text)), r::toString);
    }

    @Test
    void aTypoInAFieldNameIsReportedAtItsLineAndColumn() throws IOException {
        Cli.Result r = check(HEADER + "rule \"r\"\n" + METADATA + """
                when
                    $a : AgencyStatus( staffing != null, staffing.dedicatedDxStaf < 5 )
                then
                    insert(Findings.of(kcontext, $a, "spec"));
                end
                """);
        assertLine(r, "broken.drl:9:42:", "DRL error");
        assertTrue(r.err().contains("$a : AgencyStatus( staffing != null, staffing.dedicatedDxStaf < 5 )"), r::toString);
    }

    /**
     * Issue 14: Drools logged its own "ERROR …KieProject - Unable to build KieBaseModel" block on the process's
     * standard error (slf4j-simple) before our located message, and our message was cut at 120 characters.
     */
    @Test
    void aBrokenConsequenceShowsOnlyOurLinesAndThemWhole() throws IOException {
        java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        Files.writeString(rules.resolve("broken.drl"), HEADER + "rule \"r\"\n" + METADATA + """
                    when
                        $a : AgencyStatus( )
                    then
                        foo bar baz(;
                    end
                    """);
        Cli.Result r;
        System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r = Cli.run("check", "--lang", "en", "--no-cache", "--rules", rules.toString(), input.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", processErr.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing but dxcheck's lines");
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.contains("broken.drl:") && first.contains("DRL error: Rule Compilation error"), r::toString);
        assertFalse(r.err().contains("…"), () -> "the compiler's message is shown whole: " + r);
        assertTrue(first.length() > 200 && first.contains("baz"), r::toString);
    }

    @Test
    void aMissingEndIsASyntaxErrorWithALine() throws IOException {
        Cli.Result r = check(HEADER + "rule \"r\"\n" + METADATA + """
                when
                    $a : AgencyStatus( )
                then
                    insert(Findings.of(kcontext, $a, "spec"));
                """);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("broken.drl:"), r::toString);
        assertTrue(r.err().contains("DRL error"), r::toString);
    }

    @Test
    void aRuleWithoutItsMetadataIsRefused() throws IOException {
        Cli.Result r = check(HEADER + """
                rule "no metadata"
                when
                    $a : AgencyStatus( )
                then
                end
                """);
        assertLine(r, "broken.drl:5:1:", "rule 'no metadata' lacks the @id metadata");
    }

    @Test
    void aRuleReadingAPolicyKeyThatDoesNotExistIsRefused() throws IOException {
        Cli.Result r = check(HEADER + "rule \"r\"\n" + METADATA + """
                when
                    Threshold( key == "staffing.dxLead.minDedicatd", $min : number )
                    $a : AgencyStatus( )
                then
                end
                """);
        assertLine(r, "broken.drl:5:1:", "reads policy key 'staffing.dxLead.minDedicatd'");
    }

    @Test
    void twoRulesWithOneIdAreRefused() throws IOException {
        String rule = METADATA + "when\n    AgencyStatus( )\nthen\nend\n";
        Cli.Result r = check(HEADER + "rule \"one\"\n" + rule + "rule \"two\"\n" + rule);
        assertLine(r, "broken.drl:", "rule id 'TST-001' is already used by rule 'one'");
    }

    @Test
    void aWorkingRuleRunsAndItsMetadataReachesTheReport() throws IOException {
        Cli.Result r = check(HEADER + "rule \"r\"\n" + METADATA.replace("@messageEn(\"m\")",
                "@messageEn(\"has {n} staff\")") + """
                when
                    $a : AgencyStatus( staffing != null, staffing.dedicatedDxStaff < 5 )
                then
                    insert(Findings.of(kcontext, $a, "spec.staffing.dedicatedDxStaff", "n", $a.staffing().dedicatedDxStaff()));
                end
                """);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("agency.yaml:6:19: error TST-001 a: has 1 staff"), r::toString);
    }
}
