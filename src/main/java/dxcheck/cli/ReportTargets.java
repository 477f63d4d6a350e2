package dxcheck.cli;

import dxcheck.report.RenderOptions;
import dxcheck.report.Report;
import dxcheck.report.Reporter;
import dxcheck.report.Reporters;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where check writes its report: standard output, a file (--output), or one file per format in a folder
 * (--output-dir), all or nothing.
 */
record ReportTargets(List<String> formats, Path output, Path outputDir) {
    /** What is wrong with the targets the options name, or null. */
    String problem(Lang lang) {
        if (output != null && outputDir != null) {
            return Msg.OUTPUT_AND_DIR.format(lang);
        }
        if (formats.size() > 1 && outputDir == null) {
            return Msg.FORMATS_NEED_DIR.format(lang, String.join(",", formats));
        }
        if (formats.contains("xlsx") && output == null && outputDir == null) {
            return Msg.XLSX_NEEDS_OUTPUT.format(lang);
        }
        return null;
    }

    /** Writes the report where the options say; false (said on err) when it could not be written. */
    boolean write(Report report, Lang lang, RenderOptions render, PrintWriter stdout, PrintWriter err) {
        try {
            if (outputDir != null) {
                write(outputDir, formats, report, lang, render);
            } else {
                Reporter r = Reporters.byName(formats.get(0), render);
                if (r.binary()) {
                    Output.write(output, r.bytes(report, lang));
                } else {
                    Output.write(output, w -> r.write(report, lang, w), stdout);
                }
            }
            return true;
        } catch (Output.WriteFailed e) {
            err.println("dxcheck: " + Msg.CANNOT_WRITE.format(lang,
                    Shown.line(String.valueOf(output != null ? output : outputDir)), Shown.line(e.getMessage())));
            return false;
        }
    }

    /**
     * All or nothing: every report is rendered, then every file made ready beside its target, then all are put in
     * place. When one cannot be written, the files made ready are removed and those already put in place by this
     * run are removed again, so the folder never holds reports of two different runs.
     */
    private static void write(Path dir, List<String> formats, Report report, Lang lang, RenderOptions render)
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
        List<Output.Pending> ready = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                ready.add(named(f.getKey(), () -> Output.prepare(f.getKey(), f.getValue())));
            }
            // straight writes (a FIFO, a device) cannot be taken back: they go last, after every rename worked
            ready.sort(Comparator.comparing(p -> !p.atomic()));
            for (Output.Pending p : ready) {
                named(p.target(), () -> {
                    p.commit();
                    return p;
                });
            }
        } catch (Output.WriteFailed e) {
            for (Output.Pending p : ready) {
                if (p.committed() && p.atomic()) {
                    Output.deleteQuietly(p.target());
                } else {
                    p.discard();
                }
            }
            throw e;
        }
    }

    private interface Step {
        Output.Pending run() throws Output.WriteFailed;
    }

    /** The step's failure, saying which file of the folder it was. */
    private static Output.Pending named(Path file, Step step) throws Output.WriteFailed {
        try {
            return step.run();
        } catch (Output.WriteFailed e) {
            throw new Output.WriteFailed(file.getFileName() + ": " + e.getMessage());
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
