package dxcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import dxcheck.generate.NationalGenerator;
import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check over several provinces runs a session per province and a national pass (issue 16); its reports are the
 * bytes of one session over all facts, on the shipped rules, for synthetic national data and for the cases where
 * facts of two provinces meet: a task owned by another province's agency, a commune under another province's district,
 * waivers for any subject and for a subject in one province, a waiver that matches nothing.
 */
class ProvinceSessionsTest {
    private static final String AS_OF = NationalGenerator.AS_OF.toString();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "scale {0}, {1} provinces")
    @CsvSource({"0.001, 5", "0.01, 10"})
    void nationalDataGivesTheSameReportsInOneSessionAndByProvince(double scale, int provinces) throws Exception {
        Path data = dir.resolve("data");
        new NationalGenerator(1, scale, provinces).writeTo(data);
        assertSplitsInto(provinces, data);
        assertSameReports(AS_OF, "rules", data.toString());
    }

    /** The 100k-fact national data (34 provinces): mvn verify -Dbench.excludedGroups=none. */
    @Test
    @Tag("heavy")
    void theHundredThousandFactNationalDataGivesTheSameReports() throws Exception {
        Path data = dir.resolve("data");
        new NationalGenerator(1, 0.1, 34).writeTo(data);
        assertSplitsInto(34, data);
        assertSameReports(AS_OF, "rules", data.toString());
    }

    @Test
    void factsOfTwoProvincesThatMeetAreJudgedAsInOneSession() throws Exception {
        String[] paths = twoProvinces();
        assertSplitsInto(2, paths);
        String json = assertSameReports("2025-09-30", "rules", paths);

        List<JsonNode> findings = new ArrayList<>();
        new ObjectMapper().readTree(json).get("findings").forEach(findings::add);
        assertTrue(findings.stream().noneMatch(f -> rule(f, "ACC-009") && f.get("message").asText()
                .contains("ha-giang.ubnd")), "an owner loaded in another province is known");
        assertTrue(findings.stream().anyMatch(f -> rule(f, "LGV-003") && f.get("message").asText()
                .contains("ha-giang.vi-xuyen")), "a commune under another province's district");
        assertTrue(findings.stream().anyMatch(f -> rule(f, "WVR-002") && f.get("subject").asText().equals("W-NONE")),
                "the waiver that matches nothing");
        assertTrue(findings.stream().noneMatch(f -> rule(f, "WVR-002") && !f.get("subject").asText().equals("W-NONE")),
                "the other waivers match");
        assertEquals(List.of("ha-giang", "ha-tinh"), findings.stream().filter(f -> rule(f, "STF-004")
                && "W-ALL".equals(f.path("waiver").asText())).map(f -> f.get("subject").asText().split("\\.")[0])
                .distinct().sorted().toList(), "STF-004 waived in both provinces by one waiver for any subject");
        assertTrue(findings.stream().anyMatch(f -> rule(f, "SVC-001") && "W-ONE".equals(f.path("waiver").asText())));
    }

    /**
     * National rules that delete findings, and count facts of every province through an interface, after the
     * provinces' rules (a lower salience): the check still splits, and finds what one session finds.
     */
    @Test
    void nationalRulesThatDeleteFindingsOrCountEveryProvinceFindTheSame() throws Exception {
        Path rules = rulesWith("""
                rule "SVC-003 is told by the summary alone"
                    @helper("drops SVC-003 findings") salience -150
                when
                    $f : Finding( rule == "SVC-003" )
                then
                    delete($f);
                end

                rule "LGV-092 subjects loaded, told at each people's committee"
                    @id("LGV-092") @severity("info") @subject("agency") @titleVi("t") @titleEn("t")
                    @references("CONSISTENCY") @remediationVi("r") @remediationEn("r") @messageVi("{n}")
                    @messageEn("{n}") @scope("national") salience -1
                when
                    $a : AgencyStatus( level == "province", type == "people-committee" )
                    accumulate( dxcheck.model.Subject( ); $n : count() )
                then
                    insert(Findings.of(kcontext, $a, "metadata", "n", $n));
                end
                """);
        assertTrue(dxcheck.TestRules.of(rules).rules().partitioning().possible());
        String json = assertSameReports("2025-09-30", rules.toString(), twoProvinces());
        assertFalse(json.contains("\"SVC-003\""), "deleted in the national pass");
        assertTrue(json.contains("\"LGV-092\""));
    }

    /**
     * Rules that do what separate sessions cannot share — delete a loaded fact, derive a fact naming another province
     * — pass lint, and the check finds what one session finds (it notices, and runs in one session).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a province rule deletes a loaded fact|rule \"district bodies are not judged\" @helper(\"deletes\") "
            + "salience 10 when $d : AgencyStatus( level == \"district\" ) then delete($d); end",
        "a derived fact names another province|declare Handover jurisdiction : String from : String end "
            + "rule \"handovers\" @helper(\"derives Handover\") when $a : AgencyStatus( level == \"commune\", "
            + "$j : jurisdiction ) then insert(new Handover(\"ha-giang\", $a.id())); end "
            + "rule \"LGV-903 a handover\" @id(\"LGV-903\") @severity(\"info\") @subject(\"agency\") "
            + "@titleVi(\"t\") @titleEn(\"t\") @references(\"CONSISTENCY\") @remediationVi(\"r\") "
            + "@remediationEn(\"r\") @messageVi(\"{from}\") @messageEn(\"{from}\") when "
            + "Handover( $j : jurisdiction, $from : from ) $u : AgencyStatus( jurisdiction == $j ) then "
            + "insert(Findings.of(kcontext, $u, \"metadata\", \"from\", $from)); end"})
    void whatSessionsCannotShareMakesItOneSession(String what, String drl) throws Exception {
        Path rules = rulesWith(drl);
        Cli.Result lint = Cli.run("rules", "lint", "--rules=" + rules, "--lang=en");
        assertEquals(0, lint.exit(), lint::toString);
        assertTrue(dxcheck.TestRules.of(rules).rules().partitioning().possible(), "lint and the DRL let it split");
        assertSameReports("2025-09-30", rules.toString(), twoProvinces());
    }

    /** A rule that fails in one province's session fails the check as one session says it. */
    @Test
    void aRuleThatFailsInOneProvinceIsReportedAsOneSessionReportsIt() throws Exception {
        Path rules = rulesWith("""
                rule "LGV-093 a rule that fails on Hà Giang's agencies"
                    @id("LGV-093") @severity("info") @subject("agency") @titleVi("t") @titleEn("t")
                    @references("CONSISTENCY") @remediationVi("r") @remediationEn("r") @messageVi("m") @messageEn("m")
                when
                    $a : AgencyStatus( jurisdiction == "ha-giang" )
                then
                    throw new IllegalStateException("no figures for " + $a.id());
                end
                """);
        assertTrue(dxcheck.TestRules.of(rules).rules().partitioning().possible());
        String[] args = Stream.concat(Stream.of("check", "--rules=" + rules, "--as-of=2025-09-30"),
                Stream.of(twoProvinces())).toArray(String[]::new);
        Cli.Result byProvince = Cli.run(args);
        Cli.Result single = single(args);
        assertEquals(2, byProvince.exit(), byProvince::toString);
        assertEquals(single.err(), byProvince.err());
        assertTrue(byProvince.err().contains("LGV-093"), byProvince::toString);
    }

    /** Hà Tĩnh and Hà Giang joined: a task, a commune and waivers across them. */
    private String[] twoProvinces() throws IOException {
        Path ht = dxcheck.TestDocs.copyTree(Path.of("fixtures/ha-tinh"), dir.resolve("ha-tinh"));
        Path hg = dxcheck.TestDocs.copyTree(Path.of("fixtures/ha-giang"), dir.resolve("ha-giang"));
        // a Hà Tĩnh task owned by a Hà Giang agency: ACC-009 sees every province's agencies
        edit(ht.resolve("plan.yaml"), "owner: ha-tinh.stttt", "owner: ha-giang.ubnd");
        // a Hà Tĩnh commune under a Hà Giang district after the reform: LGV-003 sees every province's districts
        edit(ht.resolve("agencies/thach-dai.yaml"), "parent: ha-tinh.thach-ha", "parent: ha-giang.vi-xuyen");
        edit(ht.resolve("agencies/thach-dai.yaml"), "asOf: 2023-06-30", "asOf: 2025-08-01");
        Files.writeString(dir.resolve("waivers.yaml"), """
                apiVersion: dxcheck/v1
                kind: Waiver
                metadata: {id: W-ALL, grantedBy: "Bộ KH&CN", grantedOn: 2025-01-02}
                spec: {rule: STF-004, subject: "*", reason: "Chờ tuyển dụng", expires: 2026-12-31}
                ---
                apiVersion: dxcheck/v1
                kind: Waiver
                metadata: {id: W-ONE, grantedBy: "UBND tỉnh Hà Giang", grantedOn: 2025-01-02}
                spec: {rule: SVC-001, subject: ha-giang.ubnd, reason: "Đang tái cấu trúc quy trình", expires: 2026-12-31}
                ---
                apiVersion: dxcheck/v1
                kind: Waiver
                metadata: {id: W-NONE, grantedBy: "UBND tỉnh Hà Giang", grantedOn: 2025-01-02}
                spec: {rule: SEC-004, subject: ha-giang.ubnd, reason: "Không còn cần", expires: 2026-12-31}
                """);
        return new String[] {ht.toString(), hg.toString(), dir.resolve("waivers.yaml").toString()};
    }

    /** The shipped rules folder, copied, with one more file of rules. */
    private Path rulesWith(String drl) throws IOException {
        Path rules = dxcheck.TestDocs.copyTree(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(rules.resolve("extra.drl"), """
                package extra
                import dxcheck.model.AgencyStatus
                import dxcheck.model.Finding
                import dxcheck.engine.Findings

                """ + drl);
        return rules;
    }

    private static boolean rule(JsonNode finding, String id) {
        return finding.get("rule").asText().equals(id);
    }

    /** The shipped rules may be split, and the inputs fall into so many provinces. */
    private static void assertSplitsInto(int provinces, Path data) throws Exception {
        assertSplitsInto(provinces, data.toString());
    }

    private static void assertSplitsInto(int provinces, String... paths) throws Exception {
        RuleBase rules = dxcheck.TestRules.shipped().rules();
        assertTrue(rules.partitioning().possible(), rules.partitioning()::toString);
        Inputs inputs = Loader.load(List.of(paths), InputStream.nullInputStream());
        Partition split = Partition.of(inputs.facts());
        assertNotNull(split);
        assertEquals(provinces, split.byProvince().size(), () -> split.byProvince().keySet().toString());
    }

    /** The JSON and SARIF reports of one session and of a session per province are the same bytes; the JSON. */
    private static String assertSameReports(String asOf, String rules, String... paths) {
        String json = null;
        for (String format : List.of("json", "sarif")) {
            String[] args = Stream.concat(Stream.of("check", "--rules=" + rules, "--as-of=" + asOf,
                    "--format=" + format), Stream.of(paths)).toArray(String[]::new);
            Cli.Result byProvince = Cli.run(args);
            Cli.Result single = single(args);
            assertEquals(1, single.exit(), single::toString);
            assertEquals(single.exit(), byProvince.exit(), byProvince::toString);
            assertEquals(single.out(), byProvince.out(), format);
            json = format.equals("json") ? byProvince.out() : json;
        }
        return json;
    }

    private static Cli.Result single(String... args) {
        System.setProperty("dxcheck.sessions", "single");
        try {
            return Cli.run(args);
        } finally {
            System.clearProperty("dxcheck.sessions");
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
