package dxcheck.run;

import dxcheck.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule author saves a file while watching: the check re-runs; broken rules keep the last good ones. */
class WatcherTest {
    @TempDir
    Path tmp;

    private static void touch(Path f, String content, long bump) throws IOException {
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + bump));
    }

    @Test
    void reRunsOnChangeAndKeepsTheLastGoodRules() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        dxcheck.TestDocs.copyKnowledge(rules);
        String staffing = Files.readString(Path.of("rules/staffing.drl"));
        Files.writeString(rules.resolve("staffing.drl"), staffing);
        Path input = tmp.resolve("agency.yaml");
        String agency = """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: ht.stttt, name: "Sở", level: province, type: department, jurisdiction: ht, roles: [dx-lead]}
                  asOf: 2023-07-15
                spec:
                  staffing: {dedicatedDxStaff: 3, securityStaff: 1}
                """;
        Files.writeString(input, agency);
        StringWriter buffer = new StringWriter();
        Watcher w = new Watcher(dxcheck.TestRules.SETS, RulesRequest.of(rules), new CheckRequest(
                List.of(input.toString()), CheckOptions.at(LocalDate.of(2023, 7, 15)).withLang(Lang.EN)),
                new PrintWriter(buffer));

        assertTrue(w.poll(), "the first poll checks");
        assertTrue(buffer.toString().contains("error STF-001 ht.stttt"), buffer::toString);
        assertFalse(w.poll(), "nothing changed, nothing re-run");

        buffer.getBuffer().setLength(0);
        touch(input, agency.replace("dedicatedDxStaff: 3", "dedicatedDxStaff: 5"), 2_000);
        assertFalse(w.poll(), "a change is checked once it has settled: the same on the next poll");
        assertTrue(w.poll());
        assertTrue(buffer.toString().contains("changed: " + input), buffer::toString);
        assertFalse(buffer.toString().contains("STF-001"), buffer::toString);

        buffer.getBuffer().setLength(0);
        touch(rules.resolve("staffing.drl"), staffing.replace("staffing.dedicatedDxStaff < $min )",
                "staffing.dedicatedDxStaf < $min )"), 4_000);
        touch(input, agency, 4_000);
        assertFalse(w.poll());
        assertTrue(w.poll());
        assertTrue(buffer.toString().contains("staffing.drl:"), buffer::toString);
        assertTrue(buffer.toString().contains("still checking with the last rules that did"), buffer::toString);
        assertTrue(buffer.toString().contains("error STF-001 ht.stttt"), "the last good rules still run\n" + buffer);
    }

    /** A policy.yaml saved in two pieces is not checked half-written: only once the same on two polls. */
    @Test
    void aFileSavedInPiecesIsCheckedOnlyWhenWhole() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Path.of("rules/staffing.drl"), rules.resolve("staffing.drl"));
        dxcheck.TestDocs.copyKnowledge(rules);
        String policy = Files.readString(Path.of("rules/policy.yaml"));
        Files.writeString(rules.resolve("policy.yaml"), policy);
        Path input = Files.writeString(tmp.resolve("agency.yaml"), dxcheck.TestDocs.ONE_AGENCY);
        StringWriter buffer = new StringWriter();
        Watcher w = new Watcher(dxcheck.TestRules.SETS, RulesRequest.of(rules), new CheckRequest(
                List.of(input.toString()), CheckOptions.at(LocalDate.of(2023, 7, 15)).withLang(Lang.EN)),
                new PrintWriter(buffer));
        assertTrue(w.poll());
        assertTrue(buffer.toString().contains("STF-001"), buffer::toString);

        buffer.getBuffer().setLength(0);
        String lenient = policy.replace("staffing.dxLead.minDedicated: {value: 5", "staffing.dxLead.minDedicated: {value: 3");
        int cut = lenient.indexOf("staffing.dxLead.minDedicated: {value:") + "staffing.dxLead.minDedicated: {value:".length();
        touch(rules.resolve("policy.yaml"), lenient.substring(0, cut), 2_000); // the editor's first write
        assertFalse(w.poll(), "the half-saved policy is not checked");
        touch(rules.resolve("policy.yaml"), lenient, 3_000); // and its last
        assertFalse(w.poll(), "still changing");
        assertEquals("", buffer.toString(), "nothing was checked while the file was being saved");
        assertTrue(w.poll(), "settled: checked");
        assertFalse(buffer.toString().contains("STF-001"), buffer::toString);
        assertFalse(buffer.toString().contains("policy.yaml:"), "the whole file, never the half: " + buffer);
    }
}
