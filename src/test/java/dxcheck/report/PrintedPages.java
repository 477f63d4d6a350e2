package dxcheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a printed report holds, read with poppler's pdftotext, and its pages as PNG (pdftoppm) to look at. Both
 * tools are optional: without them the PDF is left as it is and only its size was checked.
 */
final class PrintedPages {
    private PrintedPages() {
    }

    static void check(Path pdf, Path html, Path shots) throws IOException, InterruptedException {
        if (!onPath("pdftotext")) {
            System.err.println("pdftotext missing (apt-get install poppler-utils): the printed pages are not read");
            return;
        }
        Path txt = shots.resolve("html-report-print.txt");
        run("pdftotext", "-layout", pdf.toString(), txt.toString());
        String[] pages = Files.readString(txt, StandardCharsets.UTF_8).split("\f");
        String header = "Đối tượng, vị trí";
        int firstDetail = -1;
        int appendix = -1;
        for (int i = 0; i < pages.length; i++) {
            if (firstDetail < 0 && pages[i].contains(header)) {
                firstDetail = i;
            }
            if (appendix < 0 && pages[i].contains("Phụ lục A")) {
                appendix = i;
            }
        }
        assertTrue(firstDetail > 0, "the details start after the first page");
        assertTrue(pages[0].contains("Tổng hợp") && !pages[0].contains(header), "the first page is the summary");
        assertTrue(appendix - firstDetail >= 3, "closed agencies are printed open: " + (appendix - firstDetail)
                + " pages of findings");
        List<Integer> without = new ArrayList<>();
        for (int i = firstDetail; i < appendix; i++) {
            if (!pages[i].contains(header)) {
                without.add(i + 1);
            }
        }
        assertEquals(List.of(), without, "every page of findings repeats its table's header");
        if (onPath("pdftoppm")) {
            try (var old = Files.newDirectoryStream(shots, "html-report-print-*.png")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
            String prefix = shots.resolve("html-report-print").toString();
            run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", Integer.toString(firstDetail + 2), pdf.toString(), prefix);
            run("pdftoppm", "-r", "60", "-png", "-f", Integer.toString(appendix + 1), "-l",
                    Integer.toString(appendix + 1), pdf.toString(), prefix);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " took too long");
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + ": " + out);
    }
}
