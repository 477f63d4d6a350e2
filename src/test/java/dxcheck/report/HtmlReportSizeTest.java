package dxcheck.report;

import dxcheck.cli.Cli;
import dxcheck.generate.NationalGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report of a generated province stays small because what findings share is written once: a rule's legal
 * basis and remediation in the appendix, its title once per agency. The 3 MB bound of a province at --scale 0.03
 * is checked by {@link HtmlReportSizeBench}; here a smaller province keeps the cost of a finding in check.
 */
class HtmlReportSizeTest {
    /**
     * Bytes of a finding's row; a 0.03 province has ~4,400 findings, so this keeps its rows under 2 MB (3 MB is
     * allowed for the whole page; the rest, group headings and the appendix, grows with agencies and rules).
     */
    static final int BYTES_PER_ROW = 420;

    @Test
    void aFindingCostsARowAndItsRuleIsWrittenOnce(@TempDir Path tmp) throws IOException {
        new NationalGenerator(1, 0.002).writeTo(tmp.resolve("gen"));
        Path html = tmp.resolve("report.html");
        Cli.Result r = Cli.run("check", "--format", "html", "--lang", "vi", "--as-of", NationalGenerator.AS_OF,
                "--output", html.toString(), tmp.resolve("gen").toString());
        assertEquals(1, r.exit(), r::toString);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        int findings = page.select("tr.finding").size();
        assertTrue(findings > 200, "a province with many findings: " + findings);
        String text = Files.readString(html);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr class=\"finding.*?</tr>\n").matcher(text);
        long rows = 0;
        while (row.find()) {
            rows += row.group().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertTrue(rows <= (long) findings * BYTES_PER_ROW, rows + " bytes of rows for " + findings + " findings, "
                + Files.size(html) + " bytes in all");
        String basis = page.selectFirst("#rule-SVC-002 .basis").text().substring("Căn cứ: ".length());
        assertEquals(1, count(text, basis), "SVC-002's legal basis written once, though it has "
                + page.select("tr.finding[data-rule=SVC-002]").size() + " findings");
        assertEquals(page.select("tr.finding[data-rule=SVC-002]").size(),
                page.select("tr.finding[data-rule=SVC-002] .msg").size(), "each finding keeps its own message");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
