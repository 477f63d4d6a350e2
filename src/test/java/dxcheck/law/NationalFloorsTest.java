package dxcheck.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A province may tighten a national key, never relax it: the national value stays in force (POL-001 reports the
 * attempt, see rules/tests/POL-001), and a Policy document among the inputs is named in every report.
 */
class NationalFloorsTest {
    @TempDir
    Path dir;

    private static Policy merge(String thresholds, String asOf) throws dxcheck.load.CannotRunException {
        String doc = """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: t-policy, jurisdiction: t}
                spec:
                  thresholds:
                """ + thresholds.indent(4);
        Inputs inputs = Loader.loadBytes(Map.of("p.yaml", doc.getBytes(StandardCharsets.UTF_8)));
        return PolicyLayers.merge(dxcheck.TestRules.shipped().basePolicy(), List.of(), inputs, LocalDate.parse(asOf));
    }

    private static Object value(Policy p, String key) {
        return p.thresholds().get(key).value();
    }

    @Test
    void aRelaxedFloorKeepsTheNationalValueWhicheverWayIsStricter() throws dxcheck.load.CannotRunException {
        Policy p = merge("""
                services.fullProcessPercent.min: 50
                security.level3.assessmentMaxMonths: 24
                security.protectionDeadline: 2025-12-31
                localGovernment.twoLevelFrom: 2026-01-01
                plan.requiredPillars: [digital-government]
                integration.populationDatabase.required: false
                """, "2025-03-01");
        assertEquals(100L, value(p, "services.fullProcessPercent.min"));
        assertEquals(12L, value(p, "security.level3.assessmentMaxMonths"));
        assertEquals(LocalDate.parse("2024-12-31"), value(p, "security.protectionDeadline"));
        assertEquals(LocalDate.parse("2025-07-01"), value(p, "localGovernment.twoLevelFrom"));
        assertEquals(List.of("digital-government", "digital-economy", "digital-society"), value(p, "plan.requiredPillars"));
        assertEquals(Boolean.TRUE, value(p, "integration.populationDatabase.required"));
        assertEquals(6, p.overrides().size(), "each key set is a fact for POL-001");
    }

    @Test
    void aTighterValueAppliesAndKeepsTheNationalYear() throws dxcheck.load.CannotRunException {
        Policy p = merge("""
                documents.exchangedElectronically.minPercent: 100
                security.level3.assessmentMaxMonths: 6
                plan.requiredPillars: [digital-government, digital-economy, digital-society, smart-city]
                """, "2024-06-01");
        assertEquals(100L, value(p, "documents.exchangedElectronically.minPercent"));
        assertEquals(2020, p.thresholds().get("documents.exchangedElectronically.minPercent").year(),
                "the province tightens the national 2020 value in force in 2024; it does not move its year");
        assertEquals(6L, value(p, "security.level3.assessmentMaxMonths"));
        assertEquals(4, ((List<?>) value(p, "plan.requiredPillars")).size());
    }

    @Test
    void aPolicyChoiceIsTheProvincesEitherWay() throws dxcheck.load.CannotRunException {
        assertEquals(3L, value(merge("staffing.dxLead.minDedicated: 3", "2025-03-01"), "staffing.dxLead.minDedicated"));
    }

    @Test
    void aValuePerYearIsTheLatestYearReachedOrTheFirstNotYetDue() throws dxcheck.load.CannotRunException {
        Policy before = merge("staffing.dxLead.minDedicated: 5", "2019-12-31");
        assertEquals(90L, value(before, "documents.exchangedElectronically.minPercent"));
        assertFalse(before.thresholds().get("documents.exchangedElectronically.minPercent").due());
        Policy in2020 = merge("staffing.dxLead.minDedicated: 5", "2020-01-01");
        assertTrue(in2020.thresholds().get("documents.exchangedElectronically.minPercent").due());
        Policy in2025 = merge("staffing.dxLead.minDedicated: 5", "2025-01-01");
        assertEquals(100L, value(in2025, "documents.exchangedElectronically.minPercent"));
        assertEquals(2025, in2025.thresholds().get("documents.exchangedElectronically.minPercent").year());
    }

    @Test
    void aDeclarationOutsideTheNationalPolicyIsAnError() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> merge("services.fullProcessPercent.min: {value: 50, stricter: lower}", "2025-03-01"));
        assertTrue(e.lines(dxcheck.text.Lang.EN).get(0).contains(
                "only the national policy (national-2025) declares stricter, floor, basis for a key"), e::getMessage);
    }

    @Test
    void aPolicyAmongTheInputsIsNamedInEveryReport() throws IOException {
        Cli.Result text = Cli.run("check", "--as-of", "2022-02-10", "fixtures/quang-ninh");
        assertTrue(text.out().endsWith("Chính sách áp dụng: quang-ninh-2022 (trong đầu vào: fixtures/quang-ninh/policy.yaml)\n"),
                text::toString);
        Cli.Result json = Cli.run("check", "--as-of", "2022-02-10", "--format", "json", "fixtures/quang-ninh");
        JsonNode policy = new ObjectMapper().readTree(json.out()).get("policy");
        assertEquals("rules", policy.get(0).get("origin").asText());
        assertEquals("input", policy.get(1).get("origin").asText());
        assertEquals("quang-ninh", policy.get(1).get("jurisdiction").asText());
        Cli.Result html = Cli.run("check", "--as-of", "2022-02-10", "--format", "html", "fixtures/quang-ninh");
        org.jsoup.nodes.Element header = org.jsoup.Jsoup.parse(html.out()).selectFirst("span.policy[data-origin=input]");
        assertTrue(header != null && header.text().contains("trong đầu vào: fixtures/quang-ninh/policy.yaml"), html::toString);
    }

    @Test
    void aPolicyOptionIsNamedAsSuch() throws IOException {
        Path p = dir.resolve("national-2026.yaml");
        Files.writeString(p, """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: national-2026}
                spec:
                  thresholds:
                    staffing.dxLead.minDedicated: 6
                """);
        Cli.Result r = Cli.run("check", "--as-of", "2023-07-15", "--lang", "en", "--policy", p.toString(),
                "fixtures/ha-tinh");
        assertTrue(r.out().endsWith("Policy applied: national-2026 (--policy " + p + ")\n"), r::toString);
        assertTrue(r.out().contains("at least 6 required"), r::toString);
    }
}
