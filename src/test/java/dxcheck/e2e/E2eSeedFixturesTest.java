package dxcheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed provinces as an inspector would check them, each at the date of its source, against golden reports. */
class E2eSeedFixturesTest {

    private static List<String> findings(Cli.Result r) throws IOException {
        List<String> out = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).get("findings")
                .forEach(f -> out.add(f.get("rule").asText() + " " + f.get("subject").asText()));
        return out;
    }

    @Test
    void haTinh2023() throws IOException {
        Cli.Result r = GoldenReports.assertMatches("ha-tinh.json", "check", "--format", "json", "--lang", "en",
                "--as-of", "2023-07-15", "fixtures/ha-tinh");
        List<String> found = findings(r);
        assertTrue(found.contains("STF-001 ha-tinh.stttt"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("STF-004 ")), found::toString);
        assertFalse(found.stream().anyMatch(f -> f.startsWith("ACC-006 ")), found::toString);
    }

    @Test
    void haGiang2021() throws IOException {
        Cli.Result r = GoldenReports.assertMatches("ha-giang.json", "check", "--format", "json", "--lang", "en",
                "--as-of", "2021-06-23", "fixtures/ha-giang");
        List<String> found = findings(r);
        assertTrue(found.contains("SVC-001 ha-giang.ubnd"), found::toString);
        assertTrue(found.contains("DOC-002 ha-giang.ubnd"), found::toString);
        assertFalse(found.stream().anyMatch(f -> f.startsWith("DOC-001 ")), found::toString);
        assertFalse(found.stream().anyMatch(f -> f.startsWith("INF-001 ")), found::toString);
        assertFalse(found.stream().anyMatch(f -> f.startsWith("ACC-006 ")), found::toString);
        JsonNode svc = new ObjectMapper().readTree(r.out()).get("findings").findParent("rule");
        assertTrue(r.out().contains("(80.53 %)"), "the seed's 80.53 % is reported as it is");
    }

    @Test
    void quangNinh2022AgainstItsOwnPolicy() throws IOException {
        Cli.Result r = GoldenReports.assertMatches("quang-ninh.json", "check", "--format", "json", "--lang", "en",
                "--as-of", "2022-02-10", "fixtures/quang-ninh");
        JsonNode policy = new ObjectMapper().readTree(r.out()).get("policy");
        assertEquals("national-2025", policy.get(0).get("id").asText());
        assertEquals("quang-ninh-2022", policy.get(1).get("id").asText());
        assertFalse(findings(r).stream().anyMatch(f -> f.startsWith("ACC-006 ")), r::toString);
    }

    @Test
    void aProvincialPolicyIsNotAppliedToAnotherProvince() {
        Cli.Result r = Cli.run(dxcheck.PinnedRules.args("check", "--lang", "en", "fixtures"));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("policy 'quang-ninh-2022' is for 'quang-ninh' only"), r::toString);
    }
}
