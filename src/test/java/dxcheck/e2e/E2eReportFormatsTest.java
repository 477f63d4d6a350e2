package dxcheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dxcheck.cli.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every report format on the small province and a seed fixture: goldens, schema, and agreement with the JSON. */
class E2eReportFormatsTest {
    private static final String SMALL = "src/test/resources/e2e/small-province";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] check(String format, String lang, String path, String asOf) {
        return dxcheck.PinnedRules.args("check", "--format", format, "--lang", lang, "--as-of", asOf, path);
    }

    @Test
    void eachFormatMatchesItsGolden() throws IOException {
        GoldenReports.assertMatches("small-province.sarif", check("sarif", "en", SMALL, "2025-03-01"));
        GoldenReports.assertMatches("small-province.junit.xml", check("junit", "vi", SMALL, "2025-03-01"));
        GoldenReports.assertMatches("small-province.csv", check("csv", "vi", SMALL, "2025-03-01"));
        GoldenReports.assertMatches("small-province.html", check("html", "vi", SMALL, "2025-03-01"));
        GoldenReports.assertMatches("ha-tinh.html", check("html", "vi", "fixtures/ha-tinh", "2023-07-15"));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (String fixture : new String[] {SMALL, "fixtures/ha-tinh", "fixtures/ha-giang"}) {
            Cli.Result r = Cli.run(check("sarif", "vi", fixture, "2025-03-01"));
            JsonNode sarif = JSON.readTree(r.out());
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertTrue(errors.isEmpty(), () -> fixture + ": " + errors);
            JsonNode json = JSON.readTree(Cli.run(check("json", "vi", fixture, "2025-03-01")).out());
            JsonNode results = sarif.at("/runs/0/results");
            assertEquals(json.get("findings").size(), results.size(), fixture);
            int suppressed = 0;
            for (JsonNode res : results) {
                assertTrue(res.at("/locations/0/physicalLocation/region/startLine").asInt() > 0, res::toString);
                suppressed += res.has("suppressions") ? 1 : 0;
            }
            assertEquals(json.at("/summary/waived").asInt(), suppressed, fixture + ": waived findings are suppressed");
        }
    }

    @Test
    void htmlIsSelfContainedAndItsNumbersAreThoseOfTheJsonReport() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(check("json", "vi", SMALL, "2025-03-01")).out());
        String html = Cli.run(check("html", "vi", SMALL, "2025-03-01")).out();
        Document page = Jsoup.parse(html);
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty(), "no external or active content");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no network address but the SVG namespace");
        assertFalse(html.contains("https://"));
        assertTrue(page.select("[^on]").isEmpty(), "no event handler attribute");
        for (String sev : new String[] {"error", "warning", "info", "waived"}) {
            Element count = page.selectFirst("#summary [data-count=" + sev + "]");
            assertEquals(json.at("/summary/" + sev).asInt(), Integer.parseInt(count.attr("data-n")), sev);
            assertTrue(count.text().startsWith(count.attr("data-n") + " "), sev + ": " + count.text());
        }
        assertEquals(json.get("findings").size(), page.select("#findings .finding").size());
        assertEquals(json.at("/summary/waived").asInt(), page.select(".finding.is-waived").size());
        assertEquals(json.get("findings").size(), sumOf(page, "#by-family tbody tr[data-key]", 1));
        for (JsonNode a : json.at("/scorecard/agencies")) {
            Element row = page.selectFirst("#score-agencies tr[data-key=" + a.get("id").asText() + "]");
            String total = row.selectFirst("td[data-family=total]").attr("data-percent");
            assertEquals(a.at("/total/percent").asDouble(), Double.parseDouble(total), a.get("id").asText());
        }
        assertTrue(page.select("svg").size() > 5, "bar charts in inline SVG");
        assertTrue(html.contains("@page{size:A4"), "prints on A4");
    }

    /** Each finding of the JSON report is a row of its agency's group, and what its rule says is in the appendix. */
    @Test
    void htmlFindingsAreGroupedByAgencyAndTheirRulesWrittenOnce() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(check("json", "vi", SMALL, "2025-03-01")).out());
        Document page = Jsoup.parse(Cli.run(check("html", "vi", SMALL, "2025-03-01")).out());
        int rows = 0;
        for (Element group : page.select("#findings > details.owner")) {
            int counted = 0;
            for (Element badge : group.select("summary [data-count]")) {
                counted += Integer.parseInt(badge.attr("data-n"));
            }
            int own = group.select("tr.finding").size();
            assertEquals(counted, own, group.attr("data-owner"));
            assertTrue(group.hasAttr("open"), "a small report opens every group");
            rows += own;
        }
        assertEquals(json.get("findings").size(), rows, "every finding in one agency's group");
        java.util.Map<String, Integer> perRule = new java.util.TreeMap<>();
        for (JsonNode f : json.get("findings")) {
            String rule = f.get("rule").asText();
            perRule.merge(rule, 1, Integer::sum);
            Element appendix = page.getElementById("rule-" + rule);
            assertTrue(appendix != null, rule + " in the appendix");
            assertTrue(appendix.text().contains(f.get("title").asText()), rule);
            assertTrue(appendix.text().contains(f.get("remediation").asText()), rule);
            String basis = f.get("legalBasis").asText();
            assertEquals(basis, text(appendix.selectFirst(".basis"), "Căn cứ: "), rule);
            java.util.List<String> refs = new java.util.ArrayList<>();
            f.get("references").forEach(c -> refs.add(c.get("text").asText()));
            assertEquals(String.join("; ", refs), text(appendix.selectFirst(".refs"), "Tham khảo: "), rule);
            boolean found = false;
            for (Element row : page.select("tr.finding[data-rule=" + rule + "]")) {
                found |= row.selectFirst(".msg").text().startsWith(f.get("message").asText())
                        && row.selectFirst(".loc").text().equals(f.get("file").asText() + ":" + f.get("line").asInt()
                        + ":" + f.get("column").asInt())
                        && row.hasClass("is-waived") == f.get("waived").asBoolean();
            }
            assertTrue(found, () -> "a row for " + f);
        }
        assertEquals(perRule.size(), page.select("#rules > .rule").size(), "one appendix entry per rule found");
        for (Element waived : page.select("tr.finding.is-waived")) {
            assertEquals("miễn trừ", waived.selectFirst("td .sev").text(), "a waived finding is marked so, not 'lỗi'");
            assertTrue(waived.selectFirst("td .sev").hasClass("waived"));
            assertTrue(waived.selectFirst(".wv").text().startsWith("Miễn trừ "), waived::text);
        }
    }

    private static String text(Element e, String label) {
        if (e == null) {
            return "";
        }
        assertTrue(e.text().startsWith(label), e::text);
        return e.text().substring(label.length());
    }

    /** The first page ranks agencies by errors and rules by findings, as the JSON report counts them. */
    @Test
    void htmlFirstPageRanksAgenciesAndRules() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(check("json", "vi", SMALL, "2025-03-01")).out());
        Document page = Jsoup.parse(Cli.run(check("html", "vi", SMALL, "2025-03-01")).out());
        java.util.Map<String, int[]> byRule = new java.util.TreeMap<>();
        for (JsonNode f : json.get("findings")) {
            if (!f.get("waived").asBoolean()) {
                int[] c = byRule.computeIfAbsent(f.get("rule").asText(), k -> new int[2]);
                c[0]++;
                c[1] += "error".equals(f.get("severity").asText()) ? 1 : 0;
            }
        }
        java.util.List<String> expected = byRule.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((java.util.Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparingInt(e -> -e.getValue()[1]).thenComparing(java.util.Map.Entry::getKey))
                .limit(10).map(java.util.Map.Entry::getKey).toList();
        assertEquals(expected, page.select("#top-rules tbody tr").eachAttr("data-key"));
        for (Element row : page.select("#top-rules tbody tr")) {
            String title = row.child(2).text();
            assertFalse(title.isBlank(), "each rule with its title");
            assertEquals(byRule.get(row.attr("data-key"))[1], Integer.parseInt(row.child(3).attr("data-n")));
        }
        java.util.List<Element> owners = page.select("#top-owners tbody tr");
        assertEquals(10, owners.size());
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < owners.size(); i++) {
            Element row = owners.get(i);
            assertEquals(Integer.toString(i + 1), row.child(0).text());
            int errors = Integer.parseInt(row.child(2).attr("data-n"));
            assertTrue(errors <= previous, "ranked by errors");
            previous = errors;
            String anchor = row.selectFirst("a").attr("href").substring(1);
            Element target = page.getElementById(anchor);
            assertEquals(row.attr("data-key"), target.parent().attr("data-owner"), "links to the agency's findings");
        }
        assertEquals("mau.syt", owners.get(0).attr("data-key"), "the agency with the most errors first");
    }

    private static int sumOf(Document page, String rows, int first) {
        int sum = 0;
        for (Element row : page.select(rows)) {
            for (int i = first; i < first + 4; i++) {
                sum += Integer.parseInt(row.child(i).attr("data-n"));
            }
        }
        return sum;
    }

    @Test
    void junitIsWellFormedWithOneFailurePerRuleAndSubjectWithAnError() throws Exception {
        String xml = Cli.run(check("junit", "en", SMALL, "2025-03-01")).out();
        JsonNode json = JSON.readTree(Cli.run(check("json", "en", SMALL, "2025-03-01")).out());
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList failures = doc.getElementsByTagName("failure");
        java.util.Set<String> ruleSubjects = new java.util.TreeSet<>();
        json.get("findings").forEach(f -> {
            // --fail-on error (the default): warnings and info pass, in the case's system-out
            if (!f.get("waived").asBoolean() && "error".equals(f.get("severity").asText())) {
                ruleSubjects.add(f.get("rule").asText() + " " + f.get("subject").asText());
            }
        });
        assertEquals(ruleSubjects.size(), failures.getLength(), xml);
        java.util.Set<String> rulesRun = new java.util.TreeSet<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            rulesRun.add(((org.w3c.dom.Element) cases.item(i)).getAttribute("classname"));
        }
        assertEquals(dxcheck.PinnedRules.ids(), new java.util.TreeSet<>(rulesRun),
                "every rule that ran is a test case, passing when it found nothing");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndKeepsVietnamese() throws IOException {
        Cli.Result r = Cli.run(check("csv", "vi", SMALL, "2025-03-01"));
        assertTrue(r.out().startsWith("\uFEFFQuy tắc,Mức độ,Đối tượng,"), r.out().substring(0, 40));
        assertTrue(r.out().contains(",lỗi,") && r.out().contains(",không,"), "severity and waived in Vietnamese");
        Cli.Result en = Cli.run(check("csv", "en", SMALL, "2025-03-01"));
        assertTrue(en.out().startsWith("\uFEFFrule,severity,subject,"), en.out().substring(0, 40));
        assertTrue(en.out().contains(",error,") && en.out().contains(",false,"), "ids in English, for programs");
        assertTrue(r.out().contains("Sở Y tế") || r.out().contains("người đứng đầu"), "Vietnamese kept");
        assertTrue(r.out().contains("\r\n"), "CRLF rows for spreadsheet programs");
    }

    @Test
    void severalFormatsFromOneRunIntoAFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run(dxcheck.PinnedRules.args("check", "--format", "json,html,sarif,junit,csv,text",
                "--output-dir", out.toString(), "--as-of", "2025-03-01", SMALL));
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out(), "nothing on stdout when writing to a folder");
        for (String f : new String[] {"report.json", "report.html", "report.sarif", "report.junit.xml",
                "report.csv", "report.txt"}) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertEquals(Cli.run(check("json", "vi", SMALL, "2025-03-01")).out(),
                Files.readString(out.resolve("report.json")), "the same report as --format json alone");
        assertEquals(Cli.run(check("html", "vi", SMALL, "2025-03-01")).out(),
                Files.readString(out.resolve("report.html")));
        try (var files = Files.list(out)) {
            assertEquals(6, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void severalFormatsNeedAFolder(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--format", "json,html", "--as-of", "2025-03-01", SMALL);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--output-dir"), r::toString);
        Cli.Result both = Cli.run("check", "--format", "json", "--output", dir.resolve("a.json").toString(),
                "--output-dir", dir.toString(), SMALL);
        assertEquals(2, both.exit(), both::toString);
        Cli.Result unknown = Cli.run("check", "--format", "json,pdf", "--output-dir", dir.toString(), SMALL);
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("'pdf'"), unknown::toString);
        assertFalse(Files.exists(dir.resolve("report.json")), "nothing written when the options are wrong");
    }

    @Test
    void theScorecardRanksAgenciesByTheShareOfApplicableRulesPassed() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(check("json", "en", SMALL, "2025-03-01")).out());
        JsonNode jurisdiction = json.at("/scorecard/jurisdictions/0");
        assertEquals("mau", jurisdiction.get("id").asText());
        int applicable = 0;
        int passed = 0;
        for (JsonNode a : json.at("/scorecard/agencies")) {
            applicable += a.at("/total/applicable").asInt();
            passed += a.at("/total/passed").asInt();
        }
        for (JsonNode p : json.at("/scorecard/plans")) {
            applicable += p.at("/total/applicable").asInt();
            passed += p.at("/total/passed").asInt();
        }
        // the jurisdiction adds its own rules (ACC-005) to those of its agencies and plans
        assertEquals(applicable + 1, jurisdiction.at("/total/applicable").asInt());
        assertEquals(passed, jurisdiction.at("/total/passed").asInt(), "ACC-005 fails for mau");
        JsonNode syt = find(json.at("/scorecard/agencies"), "mau.syt");
        assertFalse(syt.at("/families/SEC").isMissingNode() && syt.at("/families/SVC").isMissingNode());
        assertTrue(syt.at("/total/percent").asDouble() < 100.0);
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (id.equals(r.get("id").asText())) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + rows);
    }
}
