package dxcheck.cli;

import dxcheck.report.RenderOptions;
import dxcheck.report.Report;
import dxcheck.report.Reporters;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Several formats of one report into a folder: all rendered first, then each file written atomically. */
final class ReportFiles {
    private ReportFiles() {
    }

    static void checkTargets(List<String> formats, Path output, Path outputDir, Lang lang) {
        if (output != null && outputDir != null) {
            throw new IllegalArgumentException(Msg.OUTPUT_AND_DIR.format(lang));
        }
        if (formats.size() > 1 && outputDir == null) {
            throw new IllegalArgumentException(Msg.FORMATS_NEED_DIR.format(lang, String.join(",", formats)));
        }
        if (formats.contains("xlsx") && output == null && outputDir == null) {
            throw new IllegalArgumentException(Msg.XLSX_NEEDS_OUTPUT.format(lang));
        }
    }

    static void write(Path dir, List<String> formats, Report report, Lang lang, RenderOptions render)
            throws Output.WriteFailed {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String format : formats) {
            files.put(dir.resolve(fileName(format)), Reporters.byName(format, render).bytes(report, lang));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Output.WriteFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Output.write(f.getKey(), f.getValue());
        }
    }

    static String fileName(String format) {
        return switch (format) {
            case "text" -> "report.txt";
            case "junit" -> "report.junit.xml";
            default -> "report." + format;
        };
    }
}
