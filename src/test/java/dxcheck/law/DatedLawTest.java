package dxcheck.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An inspector checks as of a date: a finding cites only the instruments in force that day and the references written
 * by then, in every report. (That a rule stays silent before its law, and warns before a target's year, is in the rule
 * cases beside the rules.)
 */
class DatedLawTest {
    @TempDir
    Path dir;

    private static JsonNode check(String asOf, String... paths) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--lang", "en", "--as-of", asOf));
        args.addAll(List.of(paths));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertTrue(r.exit() <= 1, r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> cited(JsonNode report, String rule, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                f.get(field).forEach(c -> ids.add(c.get("id").asText()));
                return ids;
            }
        }
        throw new AssertionError(rule + " not found in " + report);
    }

    @Test
    void haGiangCheckedAsOfItsWorkshopCitesNothingDatedLater() throws IOException {
        LocalDate day = LocalDate.parse("2021-06-23");
        JsonNode report = check(day.toString(), "fixtures/ha-giang");
        int bases = 0;
        for (JsonNode f : report.get("findings")) {
            for (JsonNode c : f.get("legalBases")) {
                assertFalse(LocalDate.parse(c.get("inForceFrom").asText()).isAfter(day), c::toString);
                bases++;
            }
            for (JsonNode c : f.get("references")) {
                assertTrue(!c.has("date") || !LocalDate.parse(c.get("date").asText()).isAfter(day), c::toString);
            }
            assertFalse(f.get("legalBasis").asText().matches(".*(202[2-9]|2021-0[7-9]|2021-1[0-2]).*"), f::toString);
        }
        assertTrue(bases > 0, "the check cites legal bases at all");
        // SVC-001 cites Decision 942 (15/6/2021) but not yet Decision 06 (2022) nor Decree 42 (2022)
        assertEquals(List.of("QD-942-2021"), cited(report, "SVC-001", "legalBases"));
    }

    private Path system(String extra) throws IOException {
        Path f = dir.resolve("agency.yaml");
        Files.writeString(f, """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: t.a, name: "t.a", level: province, type: department, jurisdiction: t}
                  asOf: 2022-01-01
                spec:
                  infrastructure: {portal: false}
                  informationSystems:
                    - {id: s-1, levelApproved: true, protectionPlanImplemented: true}
                """ + extra);
        return f;
    }

    @Test
    void aLawIsCitedUntilTheDayItIsReplaced() throws IOException {
        Path f = system("");
        assertEquals(List.of("LAW-86-2015", "ND-85-2016"), cited(check("2026-06-30", f.toString()), "SEC-001", "legalBases"));
        assertEquals(List.of("ND-85-2016"), cited(check("2026-07-01", f.toString()), "SEC-001", "legalBases"));
    }

    @Test
    void aReplacedDecreeGivesWayToItsSuccessorOnTheDay() throws IOException {
        Path f = system("");
        assertEquals(List.of("ND-43-2011"), cited(check("2022-08-14", f.toString()), "INF-001", "legalBases"));
        assertEquals(List.of("ND-42-2022"), cited(check("2022-08-15", f.toString()), "INF-001", "legalBases"));
    }

    @Test
    void aReferenceIsShownFromItsDateAndApartFromTheLaw() throws IOException {
        Path f = dir.resolve("lead.yaml");
        Files.writeString(f, dxcheck.TestDocs.ONE_AGENCY);
        JsonNode before = check("2023-06-30", f.toString());
        JsonNode after = check("2023-07-01", f.toString());
        assertEquals(List.of("STAFFING-CHOICE"), cited(before, "STF-001", "references"));
        assertEquals(List.of("STAFFING-CHOICE", "HA-TINH-REVIEW-2023"), cited(after, "STF-001", "references"));
        assertEquals(List.of(), cited(after, "STF-001", "legalBases"));
        for (JsonNode found : after.get("findings")) {
            if (found.get("rule").asText().equals("STF-001")) {
                assertEquals("", found.get("legalBasis").asText(), "no legal basis in words either");
            }
        }
    }

    @Test
    void theTextReportSaysCanCuForLawAndThamKhaoForTheRest() throws IOException {
        Path f = dir.resolve("lead.yaml");
        Files.writeString(f, dxcheck.TestDocs.ONE_AGENCY);
        Cli.Result r = Cli.run("check", "--as-of", "2024-01-01", f.toString());
        assertTrue(r.out().contains("\n    Tham khảo: Không có định mức quốc gia"), r::toString);
        assertFalse(r.out().contains("Căn cứ: Không có"), r::toString);
        Cli.Result law = Cli.run("check", "--as-of", "2024-01-01", system("").toString());
        assertTrue(law.out().contains("    Căn cứ: Luật An toàn thông tin mạng số 86/2015/QH13, Điều 21 (hiệu lực "
                + "1/7/2016 – 30/6/2026); Nghị định 85/2016/NĐ-CP, Điều 14 (hiệu lực từ 1/7/2016)"), law::toString);
    }
}
