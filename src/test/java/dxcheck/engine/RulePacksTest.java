package dxcheck.engine;

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
 * A rules folder with a kmodule.xml declaring two packs: the national rules, and a province's pack that includes
 * them and adds its own rule. --kbase chooses; check, lint and test work per pack.
 */
class RulePacksTest {
    @TempDir
    Path rules;
    Path agency;

    @BeforeEach
    void folder() throws IOException {
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        dxcheck.TestDocs.copyKnowledge(rules);
        // the province's own family, declared beside the national ones as every family is
        Files.writeString(rules.resolve("families.yaml"), "  QNH: {vi: \"Quảng Ninh\", en: \"Quảng Ninh\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path national = Files.createDirectories(rules.resolve("national"));
        Files.copy(dxcheck.PinnedRules.pinned().resolve("staffing.drl"), national.resolve("staffing.drl"));
        Path tests = Files.createDirectories(national.resolve("tests/STF-001"));
        Files.copy(Path.of("rules/tests/STF-001/at-minimum.yaml"), tests.resolve("at-minimum.yaml"));
        Path province = Files.createDirectories(rules.resolve("quangninh"));
        Files.writeString(province.resolve("heads.drl"), """
                package quangninh
                import dxcheck.model.AgencyStatus
                import dxcheck.engine.Findings
                rule "QNH-001 heads of Quảng Ninh agencies sign digitally"
                    @id("QNH-001") @severity("error") @titleVi("Người đứng đầu chưa ký số") @titleEn("Head does not sign")
                    @references("QUANG-NINH-PLAN-2022")
                    @remediationVi("Ký số.") @remediationEn("Sign digitally.")
                    @messageVi("Người đứng đầu chưa ký số") @messageEn("The head does not sign digitally")
                when
                    $a : AgencyStatus( head == null || head.usesDigitalSignature != true )
                then
                    insert(Findings.of(kcontext, $a, "spec.head"));
                end
                """);
        Path qnTests = Files.createDirectories(province.resolve("tests/QNH-001"));
        Files.writeString(qnTests.resolve("no-signature.yaml"), """
                case: "A Quảng Ninh head without a digital signature"
                asOf: 2022-02-10
                expect:
                  - {rule: QNH-001, subject: qn.a}
                expectNot:
                  - {rule: QNH-001, subject: qn.b}
                ---
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata: {agency: {id: qn.a, name: A, jurisdiction: qn}, asOf: 2022-02-10}
                spec: {head: {name: A, position: B, usesDigitalSignature: false}}
                ---
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata: {agency: {id: qn.b, name: B, jurisdiction: qn}, asOf: 2022-02-10}
                spec: {head: {name: A, position: B, usesDigitalSignature: true}}
                """);
        Files.writeString(rules.resolve("kmodule.xml"), """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="national" packages="dxcheck.rules.*" default="true"/>
                  <kbase name="quangninh" packages="quangninh" includes="national"/>
                </kmodule>
                """);
        agency = rules.resolve("agency.yaml");
        Files.writeString(agency, """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata: {agency: {id: qn.stttt, name: A, jurisdiction: qn, roles: [dx-lead]}, asOf: 2022-02-10}
                spec: {staffing: {dedicatedDxStaff: 3}}
                """);
    }

    @Test
    void theDefaultPackIsNationalAndTheProvincePackAddsItsRule() {
        Cli.Result national = Cli.run("check", "--lang", "en", "--rules", rules.toString(), agency.toString());
        assertTrue(national.out().contains("STF-001 qn.stttt"), national::toString);
        assertFalse(national.out().contains("QNH-001"), national::toString);
        Cli.Result province = Cli.run("check", "--lang", "en", "--rules", rules.toString(), "--kbase", "quangninh",
                agency.toString());
        assertTrue(province.out().contains("STF-001 qn.stttt"), province::toString);
        assertTrue(province.out().contains("QNH-001 qn.stttt"), province::toString);
    }

    @Test
    void anUnknownPackIsAnErrorListingTheKnownOnes() {
        Cli.Result r = Cli.run("check", "--lang", "en", "--rules", rules.toString(), "--kbase", "hanoi",
                agency.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("'hanoi' is not allowed (expected one of: national, quangninh)"), r::toString);
    }

    @Test
    void lintAndTestWorkPerPack() {
        Cli.Result lint = Cli.run("rules", "lint", "--lang", "en", "--rules", rules.toString(), "--kbase", "quangninh");
        assertTrue(lint.out().contains("lint: 8 rules, 0 errors"), lint::toString);
        Cli.Result national = Cli.run("rules", "test", "--rules", rules.toString(), "--kbase", "national");
        assertEquals(0, national.exit(), national::toString);
        assertTrue(national.out().contains("1 passed, 0 failed, 1 skipped"), national::toString);
        Cli.Result province = Cli.run("rules", "test", "--rules", rules.toString(), "--kbase", "quangninh");
        assertTrue(province.out().contains("2 passed, 0 failed"), province::toString);
    }
}
