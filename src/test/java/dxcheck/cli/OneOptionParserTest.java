package dxcheck.cli;

import dxcheck.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each option shared by the commands has one parser and one error text (issue 17: --lang was parsed in five places
 * with three texts, and template/export/import took any value as Vietnamese).
 */
class OneOptionParserTest {
    @TempDir
    Path tmp;

    private static void refused(Cli.Result r, String line) {
        assertEquals(2, r.exit(), r::toString);
        assertEquals("dxcheck: " + line, r.err().strip(), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @Test
    void aLanguageThatIsNotViOrEnIsRefusedAlikeByEveryCommand() throws IOException {
        Path agency = Files.writeString(tmp.resolve("a.yaml"), TestDocs.ONE_AGENCY);
        String said = "tùy chọn --lang: 'fr' (vi | en)";
        refused(Cli.run("check", "--lang", "fr", agency.toString()), said);
        refused(Cli.run("diff", "--lang", "fr", agency.toString(), agency.toString()), said);
        refused(Cli.run("watch", "--lang", "fr", agency.toString()), said);
        refused(Cli.run("serve", "--lang", "fr"), said);
        refused(Cli.run("rules", "lint", "--lang", "fr"), said);
        refused(Cli.run("rules", "list", "--lang", "fr"), said);
        refused(Cli.run("template", "--lang", "fr", "--output", tmp.resolve("t.xlsx").toString()), said);
        refused(Cli.run("export", "--lang", "fr", "--output", tmp.resolve("e.xlsx").toString(), agency.toString()),
                said);
        refused(Cli.run("import", "--lang", "fr", "--output", tmp.resolve("i").toString(), agency.toString()), said);
    }

    @Test
    void otherValuesAreSaidInTheLanguageAskedForFirst() throws IOException {
        Path agency = Files.writeString(tmp.resolve("a.yaml"), TestDocs.ONE_AGENCY);
        refused(Cli.run("check", "--lang", "en", "--fail-on", "fatal", agency.toString()),
                "option --fail-on: 'fatal' (error | warning | info | never)");
        refused(Cli.run("diff", "--lang", "en", "--fail-on", "fatal", agency.toString(), agency.toString()),
                "option --fail-on: 'fatal' (error | warning | info | never)");
        refused(Cli.run("check", "--lang", "en", "--as-of", "2025-02-30", agency.toString()),
                "option --as-of: '2025-02-30' (YYYY-MM-DD)");
        refused(Cli.run("check", "--lang", "en", "--format", "pdf", agency.toString()),
                "option --format: 'pdf' (text | json | sarif | junit | csv | html | xlsx)");
        refused(Cli.run("diff", "--lang", "en", "--format", "html", agency.toString(), agency.toString()),
                "option --format: 'html' (text | json)");
        // a command without --lang (the rule authors' docs and test) speaks English
        refused(Cli.run("rules", "docs", "--format", "pdf"), "option --format: 'pdf' (md | html)");
    }
}
