package dxcheck.cli;

import dxcheck.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Terminal escapes in the inputs (issue 13): a file named, or a value holding, ESC[2J and a fake "ALL CHECKS
 * PASSED" line must not reach a terminal as such — not in the text report, the errors, the diff or the HTML.
 */
class TerminalEscapesTest {
    static final String ATTACK = "\u001b[2J\u001b[H\nALL CHECKS PASSED\u202e";

    @TempDir
    Path tmp;

    private static void assertNoRawControls(String shown) {
        for (char c : shown.toCharArray()) {
            assertFalse(c == '\u001b' || c == '\u202e' || c == '\r', () -> "a raw control reached the output: " + shown);
        }
        for (String line : shown.split("\n")) {
            assertFalse(line.startsWith("ALL CHECKS PASSED"), () -> "a line of its own: " + shown);
        }
    }

    @Test
    void aFileNameWithEscapesIsShownNotObeyed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(folder.resolve("agency" + ATTACK + ".yaml"), TestDocs.ONE_AGENCY);
        Cli.Result r = Cli.run("check", "--lang", "en", "--explain", folder.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("agency␛[2J␛[H␊ALL CHECKS PASSED[U+202E].yaml:"), r::out);
        assertNoRawControls(r.out());

        Cli.Result html = Cli.run("check", "--format", "html", folder.toString());
        assertTrue(html.out().contains("agency␛[2J␛[H\nALL CHECKS PASSED[U+202E].yaml"), "visible in HTML too");
        assertFalse(html.out().contains("\u001b") || html.out().contains("\u202e"), "no raw control in the page");
    }

    @Test
    void anErrorEchoingAValueShowsItsEscapes() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad2.yaml"),
                TestDocs.ONE_AGENCY.replace("spec:\n", "spec:\n  \"\\e[2J\\nALL CHECKS PASSED\\u202e\": 1\n"));
        Cli.Result r = Cli.run("check", "--lang", "en", bad.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown key '␛[2J␊ALL CHECKS PASSED[U+202E]'"), r::err);
        assertNoRawControls(r.err());
    }

    @Test
    void aDiffOfAReportWithEscapesShowsThem() throws Exception {
        String finding = "{\"fingerprint\":\"f1\",\"rule\":\"STF-001\",\"severity\":\"error\",\"subject\":\"s\","
                + "\"file\":\"a.yaml\",\"line\":1,\"message\":\"" + "\\u001b[2J\\nALL CHECKS PASSED" + "\"}";
        Path old = Files.writeString(tmp.resolve("old.json"), "{\"tool\":{\"name\":\"dxcheck\"},\"lang\":\"en\","
                + "\"findings\":[" + finding + "]}");
        Path now = Files.writeString(tmp.resolve("new.json"), "{\"tool\":{\"name\":\"dxcheck\"},\"lang\":\"en\","
                + "\"findings\":[]}");
        Cli.Result r = Cli.run("diff", "--lang", "en", old.toString(), now.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("␛[2J␊ALL CHECKS PASSED"), r::out);
        assertNoRawControls(r.out());
    }

    @Test
    void aJunitReportStaysWellFormedWithCharactersXmlForbids() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("xml"));
        Files.writeString(folder.resolve("agency\uFFFE\uFFFF\u001b.yaml"), TestDocs.ONE_AGENCY);
        Cli.Result r = Cli.run("check", "--format", "junit", folder.toString());
        assertEquals(1, r.exit(), r::toString);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(r.out()))); // throws when not XML 1.0
        assertTrue(r.out().contains("agency\uFFFD\uFFFD␛.yaml"), r::out);
    }

    @Test
    void anEchoedValueIsCappedAndEllipsized() {
        String huge = "x".repeat(100_000) + "\u001b[2J";
        Cli.Result r = Cli.run("check", "--lang", huge, "fixtures/ha-tinh");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().length() < 400, () -> "stderr is " + r.err().length() + " characters");
        assertTrue(r.err().contains("x".repeat(dxcheck.text.Shown.MAX_ECHO) + "…'"), r::err);
        Cli.Result format = Cli.run("check", "--format", huge, "fixtures/ha-tinh");
        assertTrue(format.err().length() < 600, () -> "stderr is " + format.err().length() + " characters");
        assertNoRawControls(format.err());
    }
}
