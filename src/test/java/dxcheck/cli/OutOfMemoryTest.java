package dxcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check that runs out of memory says so in words and exits 2, leaving no report — not a stack trace and exit 1,
 * which would read as "findings". In a JVM of its own with a heap too small to compile the rules.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryIsExitTwoInWordsWithNoReport() throws Exception {
        Path report = dir.resolve("report.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx20m",
                "-cp", System.getProperty("java.class.path"), "dxcheck.cli.Main", "check", "--no-cache", "--lang=en",
                "--as-of=2023-07-15", "--format=json", "--output=" + report, "fixtures/ha-tinh")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the check ended");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("dxcheck: not enough memory for this check (at most "), err);
        assertTrue(err.contains("DXCHECK_JAVA_OPTS=-Xmx4g"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertEquals(List.of(), Files.list(dir).map(f -> f.getFileName().toString())
                .filter(n -> !n.equals("out.txt") && !n.equals("err.txt")).toList(), "no report, no temporary file");
    }
}
