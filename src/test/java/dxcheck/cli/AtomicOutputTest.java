package dxcheck.cli;

import dxcheck.TestDocs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * --output is written through a temporary file in the same folder, renamed into place: a run that cannot be made
 * writes nothing, an existing report survives it, and no temporary file is ever left behind.
 */
class AtomicOutputTest {
    @TempDir
    Path tmp;
    Path out;
    Path good;
    Path bad;

    @BeforeEach
    void setUp() throws IOException {
        out = Files.createDirectories(tmp.resolve("out"));
        good = tmp.resolve("good.yaml");
        Files.writeString(good, TestDocs.ONE_AGENCY);
        bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(good).replace("dedicatedDxStaff: 3", "dedicatedDxStaff: \"3\""));
    }

    private List<String> outFolder() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Cli.Result check(Path report, String format, Path input) {
        return Cli.run("check", "--lang", "en", "--format", format, "--output", report.toString(), input.toString());
    }

    @Test
    void exitTwoLeavesAnExistingReportUntouched() throws IOException {
        Path report = out.resolve("report.json");
        Files.writeString(report, "the report of yesterday");
        for (String format : List.of("text", "json", "sarif", "junit", "csv")) {
            Cli.Result r = check(report, format, bad);
            assertEquals(2, r.exit(), r::toString);
            assertEquals("the report of yesterday", Files.readString(report));
        }
        assertEquals(List.of("report.json"), outFolder(), "no temporary file left");
    }

    @Test
    void exitTwoCreatesNoFile() throws IOException {
        Cli.Result r = check(out.resolve("report.sarif"), "sarif", bad);
        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of(), outFolder());
    }

    @Test
    void aMissingInputOrBadRulesWriteNothingEither() throws IOException {
        Path report = out.resolve("report.json");
        Files.writeString(report, "kept");
        Cli.Result missing = check(report, "json", tmp.resolve("nowhere.yaml"));
        assertEquals(2, missing.exit(), missing::toString);
        Path noRules = Files.createDirectories(tmp.resolve("no-rules"));
        Cli.Result rules = Cli.run("check", "--rules", noRules.toString(), "--output", report.toString(),
                good.toString());
        assertEquals(2, rules.exit(), rules::toString);
        assertEquals("kept", Files.readString(report));
        assertEquals(List.of("report.json"), outFolder());
    }

    @Test
    void aSuccessfulRunReplacesTheReportAndLeavesNoTemporaryFile() throws IOException {
        Path report = out.resolve("report.json");
        Files.writeString(report, "the report of yesterday");
        Cli.Result r = check(report, "json", good);
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out(), "the report goes to the file, not stdout");
        assertTrue(Files.readString(report).contains("\"STF-001\""));
        assertEquals(List.of("report.json"), outFolder());
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoInWords() throws IOException {
        Cli.Result r = check(tmp.resolve("no-such-folder/report.json"), "json", good);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no-such-folder/report.json: no such directory"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        Path folder = Files.createDirectories(out.resolve("a-folder"));
        Files.writeString(folder.resolve("inside.txt"), "x");
        Cli.Result onFolder = check(folder, "json", good);
        assertEquals(2, onFolder.exit(), onFolder::toString);
        assertTrue(onFolder.err().contains("a-folder: is a directory"), onFolder::toString);
        assertFalse(onFolder.err().contains("Exception"), onFolder::toString);
        assertEquals(List.of("a-folder"), outFolder(), "the temporary file is removed");
    }

    @Test
    void aReadOnlyFolderIsExitTwoAndKeepsItsReport() throws IOException {
        Path report = out.resolve("report.json");
        Files.writeString(report, "kept");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: every folder is writable");
            Cli.Result r = check(report, "json", good);
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains("permission denied"), r::toString);
            assertEquals("kept", Files.readString(report));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals(List.of("report.json"), outFolder());
    }
}
