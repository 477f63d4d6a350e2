package dxcheck.report;

import dxcheck.HeadlessChromium;

import dxcheck.cli.Cli;
import dxcheck.generate.NationalGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report of a generated province (--scale 0.03, as issue 15 asks): at most 3 MB, and how long headless
 * Chromium takes to load it (printed, never asserted). Not part of `mvn verify` (tag "bench"):
 *
 * <pre>mvn -B -q test -Dtest=HtmlReportSizeBench -Dbench.excludedGroups=none [-Dbench.html=OTHER.html,…]</pre>
 *
 * bench.html names other report files to time the same way (e.g. one made by an older dxcheck, to compare).
 */
@Tag("bench")
class HtmlReportSizeBench {
    static final long LIMIT = 3_000_000;

    @Test
    void aGeneratedProvinceGivesAtMostThreeMegabytes(@TempDir Path tmp) throws Exception {
        new NationalGenerator(1, 0.03).writeTo(tmp.resolve("gen"));
        Path html = tmp.resolve("report.html");
        Cli.Result r = Cli.run("check", "--format", "html", "--lang", "vi", "--as-of", NationalGenerator.AS_OF,
                "--output", html.toString(), tmp.resolve("gen").toString());
        assertEquals(1, r.exit(), r::toString);
        long bytes = Files.size(html);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "html report of a generated province (--scale 0.03): %,d bytes (limit %,d)%n", bytes, LIMIT));
        List<Path> timed = new ArrayList<>(List.of(html));
        for (String other : System.getProperty("bench.html", "").split(",")) {
            if (!other.isBlank()) {
                timed.add(Path.of(other.trim()));
            }
        }
        if (java.nio.file.Files.isExecutable(Path.of(HeadlessChromium.CHROMIUM))) {
            try (HeadlessChromium chromium = HeadlessChromium.start("1280,1000")) {
                for (Path p : timed) {
                    report.append(load(chromium, p));
                }
            }
        }
        System.out.print(report);
        Files.writeString(Files.createDirectories(Path.of("target/bench")).resolve("html-report-size.txt"), report);
        assertTrue(bytes <= LIMIT, report::toString);
    }

    /** Median of five loads: DOMContentLoaded and load, from the page's navigation timing. */
    private static String load(HeadlessChromium chromium, Path file) throws IOException {
        List<Double> dom = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chromium.driver.get("about:blank");
            chromium.driver.get(file.toUri().toString());
            Object t = chromium.driver.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                    + "return [n.domContentLoadedEventEnd, n.loadEventEnd];");
            List<?> times = (List<?>) t;
            if (i > 0) {  // the first load warms the browser up
                dom.add(((Number) times.get(0)).doubleValue());
                loaded.add(((Number) times.get(1)).doubleValue());
            }
        }
        return String.format(Locale.ROOT, "  %s (%,d bytes): DOMContentLoaded %.0f ms, load %.0f ms (median of 5)%n",
                file.getFileName(), Files.size(file), median(dom), median(loaded));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
