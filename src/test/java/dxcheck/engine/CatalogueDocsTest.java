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
    void theHtmlCatalogueListsEveryRuleWithItsDefaults() {
        Cli.Result r = Cli.run("rules", "docs", "--format", "html");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("<td>STF-001</td>"), r::toString);
        assertTrue(r.out().contains("staffing.dxLead.minDedicated (5)"), r::toString);
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void rulesListShowsIdSeverityAndTitle() {
        Cli.Result r = Cli.run("rules", "list", "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("STF-001  error    DX lead agency lacks dedicated staff (staffing.dxLead.minDedicated)"),
                r::toString);
        assertEquals(49, r.out().lines().count(), r::toString);
    }
}
