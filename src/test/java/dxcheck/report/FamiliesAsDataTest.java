package dxcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Rule families are data beside the rules (rules/families.yaml): what each judges decides the scorecard, its names
 * are what reports show, and a family it does not list is an error at the rule — never a silently wrong scorecard.
 */
class FamiliesAsDataTest {
    @TempDir
    Path tmp;
    Path rules;
    Path agency;

    /** Three families' rules (each compiled rules folder costs seconds), the policy and what the folder knows. */
    @BeforeEach
    void copyTheRules() throws IOException {
        rules = Files.createDirectories(tmp.resolve("rules"));
        for (String f : new String[] {"accountability.drl", "staffing.drl", "documents.drl", "policy.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        TestDocs.copyKnowledge(rules);
        agency = Files.writeString(tmp.resolve("agency.yaml"), TestDocs.ONE_AGENCY); // no head section
    }

    private JsonNode scorecardFamilies() throws IOException {
        Cli.Result r = Cli.run("check", "--lang", "en", "--format", "json", "--as-of", "2023-07-15", "--rules",
                rules.toString(), agency.toString());
        assertEquals(1, r.exit(), r::toString);
        return new ObjectMapper().readTree(r.out()).at("/scorecard/agencies/0/families");
    }

    @Test
    void whatAFamilyJudgesDecidesTheScorecard() throws IOException {
        assertTrue(scorecardFamilies().has("ACC"), "ACC judges an agency that does not report its head (ACC-001)");
        assertFalse(scorecardFamilies().has("DOC"), "DOC judges the documents section, which the agency leaves out");
        Path families = rules.resolve("families.yaml");
        Files.writeString(families, Files.readString(families).replace("judges: [documents]", "judges: [staffing]"));
        assertTrue(scorecardFamilies().has("DOC"), "declared to judge the staffing section, which the agency reports");
    }

    @Test
    void aFamilyTheRegistryDoesNotListIsAnErrorAtTheRule() throws IOException {
        Files.writeString(rules.resolve("new.drl"), TestDocs.DRL_HEADER.replace("package t", "package n") + """
                rule "r"
                    @id("NEW-001") @severity("error") @titleVi("t") @titleEn("t") @references("REPORTING")
                    @remediationVi("r") @remediationEn("r") @messageVi("m") @messageEn("m")
                when
                    $a : AgencyStatus( )
                then
                end
                """);
        Cli.Result r = Cli.run("check", "--lang", "en", "--rules", rules.toString(), agency.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith(rules.resolve("new.drl") + ":5:1: @id: rule 'NEW-001' is of family 'NEW', "
                + "which families.yaml does not list"), r::toString);
        Cli.Result lint = Cli.run("rules", "lint", "--lang", "en", "--rules", rules.toString());
        assertEquals(2, lint.exit(), lint::toString);
        assertTrue(lint.out().contains("family 'NEW', which families.yaml does not list"), lint::toString);
    }

    @Test
    void reportsNameAFamilyAsTheRegistryDoes() throws IOException {
        Path families = rules.resolve("families.yaml");
        Files.writeString(families, Files.readString(families).replace("\"Staffing\"", "\"Staff and skills\""));
        Cli.Result r = Cli.run("check", "--lang", "en", "--format", "html", "--as-of", "2023-07-15", "--rules",
                rules.toString(), agency.toString());
        assertTrue(r.out().contains("STF — Staff and skills"), r::toString);
    }
}
