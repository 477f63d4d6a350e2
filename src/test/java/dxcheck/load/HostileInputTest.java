package dxcheck.load;

import dxcheck.TestDocs;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inputs from the security review (issue 13) that used to cost minutes or block: an 8 MB line (28 s, 2 GB), a long
 * multi-line value, a FIFO named on the command line (blocked forever), a symbolic link out of the input folder
 * (followed). The timeouts are generous correctness bounds, not speed measurements.
 */
class HostileInputTest {
    static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @AfterEach
    void clearSettings() {
        System.clearProperty("dxcheck.maxScalarChars");
        System.clearProperty("dxcheck.maxFileSeconds");
    }

    static Path longLine(Path file, int chars) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata:\n  agency:\n    name: ");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'a');
            for (int left = chars; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write("\n");
        }
        return file;
    }

    @Test
    void anEightMegabyteLineIsAClearLocatedError() throws Exception {
        Path file = longLine(tmp.resolve("long.yaml"), 8 * 1024 * 1024);
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.run("check", "--lang", "en", file.toString()));
        assertEquals(2, r.exit(), r::toString);
        int limit = Limits.maxLineChars();
        assertEquals(file + ":5:" + (limit + 1) + ": the line has " + (8 * 1024 * 1024 + 10)
                + " characters, over the limit of " + limit + " per line\n", r.err());
    }

    @Test
    void aLongValueOverSeveralLinesIsLocatedAtTheValue() {
        System.setProperty("dxcheck.maxScalarChars", "1000");
        String block = ("    " + "b".repeat(60) + "\n").repeat(40);
        Map<String, byte[]> doc = Map.of("long.yaml", (TestDocs.ONE_AGENCY + "x-note: |\n" + block)
                .getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Loader.loadBytes(doc));
        assertEquals("long.yaml:8:9: the value has 2440 characters, over the limit of 1000",
                e.lines(dxcheck.text.Lang.EN).get(0));
    }

    @Test
    void aFileOverTheTimeLimitIsStopped() {
        System.setProperty("dxcheck.maxFileSeconds", "0");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Loader.loadBytes(Map.of("slow.yaml", TestDocs.ONE_AGENCY.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.lines(dxcheck.text.Lang.EN).get(0).contains("reading the file took more than 0 s"),
                () -> e.lines(dxcheck.text.Lang.EN).toString());
    }

    @Test
    void aGivenUpCheckStopsLoading() {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("a.yaml", TestDocs.ONE_AGENCY.getBytes(StandardCharsets.UTF_8));
        docs.put("b.yaml", TestDocs.ONE_AGENCY.replace("ht.stttt", "ht.other").getBytes(StandardCharsets.UTF_8));
        Thread.currentThread().interrupt(); // what a server does to a check past its --timeout
        try {
            assertThrows(CancellationException.class, () -> Loader.loadBytes(docs));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFifoOnTheCommandLineIsRefusedNotWaitedFor() throws Exception {
        Path fifo = tmp.resolve("input.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.run("check", "--lang", "en", fifo.toString()));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(fifo + ":0:0: not a regular file (a FIFO, a device or a socket); use - to read "
                + "standard input"), r::err);
    }

    @Test
    void aSymbolicLinkOutOfTheInputFolderIsRefusedAndOneInsideIsFollowed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.yaml"), "root: x:0:0\n");
        Path folder = Files.createDirectories(tmp.resolve("submission"));
        Files.writeString(folder.resolve("agency.yaml"), TestDocs.ONE_AGENCY);
        Files.createSymbolicLink(folder.resolve("also.yaml"), Path.of("agency.yaml"));
        Files.createSymbolicLink(folder.resolve("passwd.yaml"), secret);
        Cli.Result r = Cli.run("check", "--lang", "en", folder.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(folder.resolve("passwd.yaml") + ":0:0: a symbolic link out of the input folder (to "
                + secret.toRealPath() + "): not read"), r::err);
        assertFalse(r.err().contains("root"), "the file outside was not read: " + r.err());
        assertTrue(r.err().contains("also.yaml"), "the link inside was read (its id repeats agency.yaml's): " + r.err());
    }

    /** 60 MB on one line ran past 600 s before the limit. Opt-in: mvn -B verify -Dbench.excludedGroups=bench */
    @Test
    @Tag("heavy")
    void aSixtyMegabyteLineIsRefusedToo() throws Exception {
        Path file = longLine(tmp.resolve("huge.yaml"), 60 * 1024 * 1024);
        long start = System.nanoTime();
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("check", file.toString()));
        System.out.printf("60 MB line refused in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(2, r.exit(), r::toString);
    }
}
