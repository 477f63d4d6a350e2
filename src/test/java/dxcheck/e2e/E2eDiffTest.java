package dxcheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two drafts of Hà Tĩnh's seed plan: in the old one task T09 has no owner; the new one gives it its owner back (one
 * finding fixed) and drops the 2025 online-dossiers target (one introduced). Lines move between drafts; findings
 * are matched by fingerprint, not line.
 */
class E2eDiffTest {
    private static final String FIXED = "ACC-008 ha-tinh.dx-2021-2025/tasks/T09";
    private static final String INTRODUCED = "PLN-005 ha-tinh.dx-2021-2025";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path old;
    Path now;

    @BeforeEach
    void drafts() throws IOException {
        String seed = Files.readString(Path.of("fixtures/ha-tinh/plan.yaml"));
        String withoutOwner = seed.replace("      owner: ha-tinh.thach-ha\n", "");
        String withoutTarget = seed.replace("    - {indicator: online-dossiers-percent, year: 2025, value: 80, "
                + "x-note: \"minh họa (illustrative)\"}\n", "");
        assertNotEquals(seed, withoutOwner);
        assertNotEquals(seed, withoutTarget);
        old = Files.createDirectories(dir.resolve("old")).resolve("plan.yaml");
        now = Files.createDirectories(dir.resolve("new")).resolve("plan.yaml");
        Files.writeString(old, withoutOwner);
        Files.writeString(now, withoutTarget);
    }

    @Test
    void oneFixedOneIntroducedTheRestUnchanged() throws IOException {
        Cli.Result r = Cli.run("diff", "--format", "json", "--as-of", "2023-07-15", old.toString(), now.toString());
        assertEquals(0, r.exit(), "the introduced finding is a warning, below --fail-on error: " + r);
        JsonNode d = JSON.readTree(r.out());
        assertEquals(1, d.at("/summary/fixed").asInt(), r::toString);
        assertEquals(1, d.at("/summary/introduced").asInt(), r::toString);
        assertEquals(2, d.at("/summary/unchanged").asInt(), "PLN-002 and PLN-003 stay: " + r);
        assertEquals(FIXED, key(d.at("/fixed/0")));
        assertEquals(INTRODUCED, key(d.at("/introduced/0")));
    }

    @Test
    void textSaysWhatWasFixedAndIntroducedInTheChosenLanguage() {
        Cli.Result vi = Cli.run("diff", "--as-of", "2023-07-15", old.toString(), now.toString());
        assertTrue(vi.out().contains("Đã khắc phục (1):\n  - " + old + ":89: lỗi " + FIXED), vi::toString);
        assertTrue(vi.out().contains("Phát sinh mới (1):\n  + "), vi::toString);
        assertTrue(vi.out().endsWith("1 đã khắc phục, 1 phát sinh mới, 2 không đổi\n"), vi::toString);
        Cli.Result en = Cli.run("diff", "--lang", "en", "--as-of", "2023-07-15", old.toString(), now.toString());
        assertTrue(en.out().contains("Fixed (1):"), en::toString);
        assertTrue(en.out().contains("Task T09 has no owner"), en::toString);
    }

    @Test
    void failOnCountsOnlyWhatTheNewDraftIntroduces() {
        assertEquals(1, Cli.run("diff", "--fail-on", "warning", "--as-of", "2023-07-15", old.toString(),
                now.toString()).exit());
        assertEquals(0, Cli.run("diff", "--fail-on", "warning", "--as-of", "2023-07-15", now.toString(),
                now.toString()).exit(), "nothing introduced against itself");
    }

    @Test
    void anEarlierJsonReportIsASideTooAndItsMessagesFollowTheChosenLanguage() throws IOException {
        Path report = dir.resolve("old.json");
        Files.writeString(report, Cli.run("check", "--format", "json", "--lang", "vi", "--as-of", "2023-07-15",
                old.toString()).out());
        Cli.Result r = Cli.run("diff", "--format", "json", "--lang", "en", "--as-of", "2023-07-15",
                report.toString(), now.toString());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(FIXED, key(d.at("/fixed/0")), r::toString);
        assertEquals("Task T09 has no owner agency (owner)", d.at("/fixed/0/message").asText(), "no mixed languages");
        assertEquals(INTRODUCED, key(d.at("/introduced/0")), r::toString);
    }

    @Test
    void aJsonFileThatIsNoReportIsAnInputError() throws IOException {
        Path notReport = dir.resolve("x.json");
        Files.writeString(notReport, "{\"findings\": 3}");
        Cli.Result r = Cli.run("diff", notReport.toString(), now.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(notReport + ":1:1: không phải báo cáo JSON của dxcheck"), r::toString);
        Files.writeString(notReport, "{\n  \"tool\": ");
        Cli.Result broken = Cli.run("diff", "--lang", "en", notReport.toString(), now.toString());
        assertEquals(2, broken.exit(), broken::toString);
        assertTrue(broken.err().contains(notReport + ":2:"), broken::toString);
    }

    private static String key(JsonNode f) {
        return f.get("rule").asText() + " " + f.get("subject").asText();
    }
}
