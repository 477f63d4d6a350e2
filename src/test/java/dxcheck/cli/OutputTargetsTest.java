package dxcheck.cli;

import dxcheck.TestDocs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where --output and --output-dir may point (issue 13): the atomic rename is only for regular files; a FIFO or a
 * device is written into, a symbolic link is followed; reports honour the umask; a killed run's temporary files are
 * cleaned up; several formats into a folder are all written or none. Every special file is made in a temp folder.
 */
class OutputTargetsTest {
    @TempDir
    Path tmp;
    Path input;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.writeString(tmp.resolve("agency.yaml"), TestDocs.ONE_AGENCY);
    }

    private Cli.Result check(Path output) {
        return Cli.run("check", "--lang", "en", "--format", "json", "--output", output.toString(), input.toString());
    }

    @Test
    void aFifoIsWrittenIntoAndStaysAFifo() throws Exception {
        Path fifo = tmp.resolve("report.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8); // blocks until the writer opens and closes it
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = check(fifo);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(reader.get(30, TimeUnit.SECONDS).contains("\"STF-001\""), "the reader got the report");
        BasicFileAttributes a = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertTrue(a.isOther(), "still a FIFO, not replaced by a regular file");
        assertEquals(List.of("agency.yaml", "report.fifo"), names(tmp));
    }

    @Test
    void aSymbolicLinkIsFollowedAndTheLinkStays() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("reports")).resolve("real.json");
        Files.writeString(real, "yesterday");
        Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), Path.of("reports/real.json"));
        Cli.Result r = check(link);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).contains("\"STF-001\""), "its target holds the report");
        Path dangling = Files.createSymbolicLink(tmp.resolve("next.json"), Path.of("reports/next.json"));
        assertEquals(1, check(dangling).exit());
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.readString(tmp.resolve("reports/next.json")).contains("\"STF-001\""));
        assertEquals(List.of("next.json", "real.json"), names(tmp.resolve("reports")), "no temporary file left");
    }

    @Test
    void aReplacedReportKeepsItsMode() throws Exception {
        Path report = Files.writeString(tmp.resolve("report.json"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(1, check(report).exit());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertTrue(Files.readString(report).contains("\"STF-001\""));
    }

    /** A separate JVM under umask 027: the new report is rw-r----- (a private temp file would be rw-------). */
    @Test
    void aNewReportHonoursTheUmask() throws Exception {
        Path report = tmp.resolve("new.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("dxcheck.cache.dir", "dxcheck.cache.key")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of(Main.class.getName(), "check", "--format", "json", "--output", report.toString(),
                input.toString()));
        String line = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Process p = new ProcessBuilder("sh", "-c", "umask 027 && exec " + line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNext() throws Exception {
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Path stale = Files.writeString(tmp.resolve(".dxcheck-" + killed.pid() + "-1f2e.tmp"), "{ \"half");
        Path running = Files.writeString(tmp.resolve(".dxcheck-" + ProcessHandle.current().pid() + "-ab.tmp"), "{");
        assertEquals(1, check(tmp.resolve("report.json")).exit());
        assertFalse(Files.exists(stale), "left by a run that is gone: removed");
        assertTrue(Files.exists(running), "a running writer's file is left alone");
    }

    @Test
    void severalFormatsIntoAFolderAreAllWrittenOrNone() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("report.json"), "yesterday's json");
        Files.createDirectories(out.resolve("report.html")); // the html report cannot be written
        Cli.Result r = Cli.run("check", "--lang", "en", "--format", "json,sarif,html", "--output-dir", out.toString(),
                input.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("report.html: is a directory"), r::toString);
        assertEquals("yesterday's json", Files.readString(out.resolve("report.json")), "nothing replaced");
        assertEquals(List.of("report.html", "report.json"), names(out), "no sarif, no temporary file");
        Files.delete(out.resolve("report.html"));
        Cli.Result ok = Cli.run("check", "--format", "json,sarif,html", "--output-dir", out.toString(),
                input.toString());
        assertEquals(1, ok.exit(), ok::toString);
        assertEquals(List.of("report.html", "report.json", "report.sarif"), names(out));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
