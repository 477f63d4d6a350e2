package dxcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A report streamed into its file (issue 16): the same bytes as a whole one, and all or nothing when it fails. */
class StreamedOutputTest {
    @TempDir
    Path dir;

    @Test
    void aStreamedReportIsWrittenInUtf8LikeAWholeOne() throws Exception {
        Path report = dir.resolve("report.json");
        String text = "{\"message\": \"Cơ quan thường trực chuyển đổi số có 3 cán bộ\"}\n".repeat(5000);
        Output.write(report, w -> {
            for (int i = 0; i < text.length(); i += 1000) {
                w.write(text, i, Math.min(1000, text.length() - i));
            }
        }, new PrintWriter(new StringWriter()));
        assertEquals(text, Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void aReportThatFailsWhileMadeLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "the earlier report");
        IllegalStateException boom = new IllegalStateException("a reporter's own failure");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Output.write(report, w -> {
            w.write("half a report");
            throw boom;
        }, new PrintWriter(new StringWriter())));
        assertSame(boom, thrown, "passed on as it is, not as a write failure");
        assertEquals("the earlier report", Files.readString(report));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file is left");
        }
    }

    @Test
    void standardOutputGetsTheWholeTextOrNothing() {
        StringWriter out = new StringWriter();
        assertThrows(IllegalStateException.class, () -> Output.write(null, w -> {
            w.write("half");
            throw new IllegalStateException("x");
        }, new PrintWriter(out)));
        assertEquals("", out.toString());
    }
}
