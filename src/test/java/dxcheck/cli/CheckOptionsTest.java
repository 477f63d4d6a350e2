package dxcheck.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The options of `dxcheck check` as cli-and-output.md fixes them, tried on a small agency. */
class CheckOptionsTest {
    @TempDir
    Path tmp;
    Path agency;

    /** A DX lead with 3 dedicated staff (STF-001, error) and a head who does not sign digitally (ACC-003, warning). */
    static final String AGENCY = """
            apiVersion: dxcheck/v1
            kind: AgencyStatus
            metadata:
              agency: {id: ht.stttt, name: "Sở TT&TT", level: province, type: department, jurisdiction: ht, roles: [dx-lead]}
              asOf: 2023-07-15
            spec:
              head: {name: "A", position: "Giám đốc", designatedAccountable: true, usesDigitalSignature: false,
                     processesWorkOnline: true}
              staffing: {dedicatedDxStaff: 3, securityStaff: 1}
              integration: {lgspConnected: true}
            """;

    @BeforeEach
    void write() throws IOException {
        agency = tmp.resolve("agency.yaml");
        Files.writeString(agency, AGENCY);
    }

    private Cli.Result check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(dxcheck.PinnedRules.args(all));
    }

    @Test
    void textInVietnameseByDefaultWithLocationRuleSubjectAndMessage() {
        Cli.Result r = check(agency.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("agency.yaml:9:14: lỗi STF-001 ht.stttt: Cơ quan thường trực chuyển đổi số có 3 "
                + "cán bộ chuyên trách, tối thiểu 5 (staffing.dxLead.minDedicated)"), r::toString);
        assertTrue(r.out().contains("agency.yaml:7:72: cảnh báo ACC-003 ht.stttt"), r::toString);
        assertTrue(r.out().contains("2 lỗi, 1 cảnh báo, 0 thông tin"), r::toString); // with ACC-005 for ht
    }

    @Test
    void englishWhenAsked() {
        Cli.Result r = check("--lang", "en", agency.toString());
        assertTrue(r.out().contains("error STF-001 ht.stttt: The DX lead agency has 3 dedicated staff, at least 5 "
                + "required (staffing.dxLead.minDedicated)"), r::toString);
        assertFalse(r.out().contains("cán bộ"), r::toString);
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(1, check("--fail-on", "error", agency.toString()).exit());
        assertEquals(1, check("--fail-on", "warning", agency.toString()).exit());
        assertEquals(0, check("--fail-on", "never", agency.toString()).exit());
    }

    @Test
    void warningsAloneDoNotFailByDefault() throws IOException {
        Files.writeString(agency, AGENCY.replace("dedicatedDxStaff: 3", "dedicatedDxStaff: 5")
                .replace("usesDigitalSignature: false", "usesDigitalSignature: true")
                .replace("processesWorkOnline: true", "processesWorkOnline: false")); // ACC-004 only: a warning
        assertEquals(0, check(agency.toString()).exit());
        assertEquals(1, check("--fail-on", "warning", agency.toString()).exit());
    }

    @Test
    void laterPoliciesOverrideEarlierKeys() throws IOException {
        Path lenient = tmp.resolve("lenient.yaml");
        Files.writeString(lenient, """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: lenient, extends: national-2025}
                spec: {thresholds: {staffing.dxLead.minDedicated: 2}}
                """);
        Path strict = tmp.resolve("strict.yaml");
        Files.writeString(strict, """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: strict, extends: lenient}
                spec: {thresholds: {staffing.dxLead.minDedicated: 4}}
                """);
        Cli.Result onlyLenient = check("--lang", "en", "--policy", lenient.toString(), agency.toString());
        assertFalse(onlyLenient.out().contains("STF-001"), onlyLenient::toString);
        Cli.Result both = check("--lang", "en", "--policy", lenient.toString(), "--policy", strict.toString(),
                agency.toString());
        assertTrue(both.out().contains("has 3 dedicated staff, at least 4 required"), both::toString);
    }

    @Test
    void outputGoesToTheFileAndNotToStdout() throws IOException {
        Path out = tmp.resolve("report.json");
        Cli.Result r = check("--format", "json", "--output", out.toString(), agency.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"rule\" : \"STF-001\""));
    }

    @Test
    void standardInputIsReadForDash() {
        Cli.Result r = Cli.runWithStdin(AGENCY, "check", "--lang", "en", "-");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("<stdin>:9:14: error STF-001 ht.stttt"), r::toString);
    }

    @Test
    void directoriesAreReadRecursivelyAndMultiDocumentFilesWhole() throws IOException {
        Path sub = Files.createDirectories(tmp.resolve("province/sub"));
        Files.writeString(sub.resolve("two.yml"), AGENCY.replace("ht.stttt", "ht.a") + "---\n"
                + AGENCY.replace("ht.stttt", "ht.b"));
        Files.writeString(tmp.resolve("province/ignored.txt"), "not yaml");
        Cli.Result r = check("--lang", "en", tmp.resolve("province").toString());
        assertTrue(r.out().contains("two.yml:9:14: error STF-001 ht.a"), r::toString);
        assertTrue(r.out().contains("two.yml:20:14: error STF-001 ht.b"), r::toString);
    }

    @Test
    void asOfDecidesTheTwoLevelCutOffForDistrictRules() throws IOException {
        String district = """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: d, name: "UBND huyện", level: district, type: people-committee, jurisdiction: ht}
                  asOf: DATE
                spec:
                  staffing: {dedicatedDxStaff: 0}
                """;
        Files.writeString(agency, district.replace("DATE", "2025-06-30"));
        assertTrue(check("--lang", "en", agency.toString()).out().contains("STF-002"));
        Files.writeString(agency, district.replace("DATE", "2025-07-01"));
        assertFalse(check("--lang", "en", agency.toString()).out().contains("STF-002"));
    }

    @Test
    void explainShowsTheFactsAndPolicyValuesTheRuleMatched() {
        Cli.Result r = check("--lang", "en", "--explain", agency.toString());
        assertTrue(r.out().contains("The rule matched:"), r::toString);
        assertTrue(r.out().contains("$a = AgencyStatus ht.stttt  (" + agency + ":1:1)"), r::toString);
        assertTrue(dxcheck.PinnedRules.asShipped(r.out()).contains(
                "Policy staffing.dxLead.minDedicated = 5 (national-2025)  (rules/policy.yaml:"),
                r::toString);
        Cli.Result json = check("--format", "json", "--explain", agency.toString());
        assertTrue(json.out().contains("\"kind\" : \"Policy\""), json::toString);
        assertFalse(check("--format", "json", agency.toString()).out().contains("\"matched\""));
    }
}
