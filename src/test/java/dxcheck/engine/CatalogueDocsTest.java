package dxcheck.engine;

import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md is generated from the rules; it must not drift from them. */
class CatalogueDocsTest {
    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        Cli.Result r = Cli.run("rules", "docs", "--format", "md");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8), r.out(),
                "docs/rules.md is out of date: ./dxcheck rules docs --format md --output docs/rules.md");
    }

    @Test
    void theCatalogueShowsLegalBasesWithTheirDatesAndReferencesApart() {
        Cli.Result r = Cli.run("rules", "docs", "--format", "md");
        String sec001 = r.out().lines().filter(l -> l.contains("SEC-001 |")).findFirst().orElseThrow();
        assertTrue(sec001.contains("Law on Network Information Security No. 86/2015/QH13, Art. 21 (in force 1 Jul 2016 – "
                + "30 Jun 2026)"), sec001);
        String stf001 = r.out().lines().filter(l -> l.contains("STF-001 |")).findFirst().orElseThrow();
        assertTrue(stf001.contains("| — | No national norm"), stf001);
        String dated = r.out().lines().filter(l -> l.contains("services.fullProcessPercent.min")).findFirst().orElseThrow();
        assertTrue(dated.contains("services.fullProcessPercent.min (2025: 100; higher, floor)"), dated);
    }

    @Test
    void theHtmlCatalogueListsEveryRuleWithItsDefaults() {
        Cli.Result r = Cli.run("rules", "docs", "--format", "html");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("<td>STF-001</td>"), r::toString);
        assertTrue(r.out().contains("staffing.dxLead.minDedicated (5; higher)"), r::toString);
        assertTrue(r.out().contains("Nghị định 85/2016/NĐ-CP, Điều 8 (hiệu lực từ 1/7/2016)"), r::toString);
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void rulesListShowsIdSeverityAndTitle() throws IOException {
        Cli.Result r = Cli.run("rules", "list", "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("STF-001  error    DX lead agency lacks dedicated staff (staffing.dxLead.minDedicated)"),
                r::toString);
        assertEquals(dxcheck.TestDocs.ruleIds().size(), r.out().lines().count(), r::toString);
    }
}
