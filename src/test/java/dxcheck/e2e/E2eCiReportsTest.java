package dxcheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dxcheck.TestDocs;
import dxcheck.cli.Cli;
import dxcheck.report.Report;
import dxcheck.report.SarifReporter;
import dxcheck.report.RenderOptions;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.Progress;
import dxcheck.run.CheckRunner;
import dxcheck.text.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14: SARIF that code-scanning tools accept, JUnit XML that CI servers accept, both against their schemas. */
class E2eCiReportsTest {
    private static final String SMALL = "src/test/resources/e2e/small-province";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** File names that broke the SARIF URIs: Vietnamese, a space, '#', '%', '[', ':'. */
    private static final List<String> NAMES = List.of("báo cáo.yaml", "a b#1.yaml", "50%.yaml", "[x].yaml", "c:d.yaml");
    private static JsonSchema sarifSchema;

    @BeforeAll
    static void schema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json"))) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static void assertValidSarif(JsonNode sarif) {
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + sarif);
    }

    private static Path writeAgencies(Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("tỉnh mẫu"));
        for (int i = 0; i < NAMES.size(); i++) {
            Files.writeString(sub.resolve(NAMES.get(i)), TestDocs.ONE_AGENCY.replace("ht.stttt", "ht.stttt" + i));
        }
        return sub;
    }

    @Test
    void sarifFromVietnameseAndOddFileNamesHasValidPercentEncodedUris(@TempDir Path dir) throws Exception {
        Path sub = writeAgencies(dir);
        Cli.Result r = Cli.run("check", "--format", "sarif", "--as-of", "2023-07-15", sub.toString());
        assertEquals(1, r.exit(), r::toString);
        JsonNode sarif = JSON.readTree(r.out());
        assertValidSarif(sarif);
        List<String> decoded = new ArrayList<>();
        for (JsonNode res : sarif.at("/runs/0/results")) {
            String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            URI parsed = new URI(uri); // java.net.URI refuses unencoded spaces, '[', '%' not followed by hex…
            assertEquals("file", parsed.getScheme(), uri);
            assertTrue(uri.matches("[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]+"), () -> "only RFC 3986 characters: " + uri);
            assertEquals(sub.toRealPath().toString(), Path.of(parsed).getParent().toString(), uri);
            decoded.add(Path.of(parsed).getFileName().toString());
            assertTrue(res.at("/partialFingerprints/dxcheckFingerprint~1v1").asText().matches("[0-9a-f]{64}"), res::toString);
        }
        assertEquals(Set.copyOf(NAMES), Set.copyOf(decoded), "the URIs decode to the files' names");
        assertTrue(r.out().contains("t%E1%BB%89nh%20m%E1%BA%ABu/b%C3%A1o%20c%C3%A1o.yaml"), r::toString);
        assertTrue(r.out().contains("/a%20b%231.yaml") && r.out().contains("/50%25.yaml")
                && r.out().contains("/%5Bx%5D.yaml"), r::toString);
    }

    @Test
    void relativePathsAreRelativeToSrcrootAndStdinIsNamed() throws Exception {
        Cli.Result r = Cli.runWithStdin(TestDocs.ONE_AGENCY, "check", "--format", "sarif", "--as-of", "2023-07-15",
                "-", "fixtures/ha-tinh/agencies/stttt.yaml");
        JsonNode sarif = JSON.readTree(r.out());
        assertValidSarif(sarif);
        JsonNode run = sarif.at("/runs/0");
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%").isObject(), run::toString);
        assertEquals("dxcheck/2023-07-15", run.at("/automationDetails/id").asText());
        assertTrue(run.at("/tool/driver/fullName").asText().startsWith("dxcheck "), run::toString);
        boolean stdin = false;
        boolean relative = false;
        for (JsonNode res : run.get("results")) {
            JsonNode at = res.at("/locations/0/physicalLocation/artifactLocation");
            if ("stdin".equals(at.get("uri").asText())) {
                stdin = true;
                assertTrue(at.at("/description/text").asText().contains("standard input"), at::toString);
                assertFalse(at.has("uriBaseId"), at::toString);
            } else {
                relative = true;
                assertEquals("fixtures/ha-tinh/agencies/stttt.yaml", at.get("uri").asText());
                assertEquals("%SRCROOT%", at.get("uriBaseId").asText());
            }
        }
        assertTrue(stdin && relative, r::toString);
    }

    private static Report smallProvince() throws Exception {
        return CheckRunner.run(dxcheck.TestRules::shipped, new CheckRequest(List.of(SMALL),
                CheckOptions.at(LocalDate.parse("2025-03-01"))), InputStream.nullInputStream(), Progress.NONE);
    }

    @Test
    void rulesLinkToTheirCatalogueRowWhenTheDocsHaveAnAddress() throws Exception {
        JsonNode sarif = JSON.readTree(new SarifReporter(RenderOptions.DEFAULT.withSarif(0, "dxcheck", "https://example.org/dxcheck/")).render(smallProvince(),
                Lang.EN));
        assertValidSarif(sarif);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals("https://example.org/dxcheck/", driver.get("informationUri").asText());
        for (JsonNode rule : driver.get("rules")) {
            String id = rule.get("id").asText();
            assertEquals("https://example.org/dxcheck/docs/rules.md#" + id.toLowerCase(), rule.get("helpUri").asText());
        }
        String catalogue = Files.readString(Path.of("docs/rules.md"));
        assertTrue(catalogue.contains("<a id=\"stf-001\"></a>STF-001"), "the anchors helpUri points at");
    }

    @Test
    void aRunOverTheCapKeepsTheMostSevereAndSaysSo() throws Exception {
        Report report = smallProvince();
        int total = report.findings().size();
        JsonNode sarif = JSON.readTree(new SarifReporter(RenderOptions.DEFAULT.withSarif(5, "dxcheck", null)).render(report, Lang.EN));
        assertValidSarif(sarif);
        JsonNode run = sarif.at("/runs/0");
        assertEquals(5, run.get("results").size());
        run.get("results").forEach(res -> assertEquals("error", res.get("level").asText(), res::toString));
        assertEquals(total, run.at("/properties/resultsTotal").asInt());
        assertEquals(total - 5, run.at("/properties/resultsOmitted").asInt());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText().contains("25,000"));
        Cli.Result cli = Cli.run("check", "--format", "sarif", "--sarif-max-results", "5", "--lang", "en",
                "--as-of", "2025-03-01", SMALL);
        assertTrue(cli.err().contains("keeps 5 of " + total + " results"), cli::toString);
        assertFalse(Cli.run("check", "--format", "sarif", "--as-of", "2025-03-01", SMALL).err().contains("SARIF"),
                "no warning under the cap");
    }

    private static Document junit(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/schemas/junit-report.xsd").toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junitValidatesAndFailsExactlyWhenTheExitCodeDoes() throws Exception {
        JsonNode json = JSON.readTree(Cli.run("check", "--format", "json", "--as-of", "2025-03-01", SMALL).out());
        for (String failOn : new String[] {"error", "warning", "info", "never"}) {
            Cli.Result r = Cli.run("check", "--format", "junit", "--fail-on", failOn, "--as-of", "2025-03-01", SMALL);
            Document doc = junit(r.out());
            Element root = doc.getDocumentElement();
            int failures = doc.getElementsByTagName("failure").getLength();
            assertEquals(failures, Integer.parseInt(root.getAttribute("failures")), failOn);
            assertEquals("0", root.getAttribute("errors"));
            assertEquals(r.exit() == 1, failures > 0, () -> failOn + ": red exactly when dxcheck exits 1\n" + r);
            Set<String> expected = new java.util.TreeSet<>();
            int atOrAbove = "never".equals(failOn) ? 99 : List.of("info", "warning", "error").indexOf(failOn);
            json.get("findings").forEach(f -> {
                int sev = List.of("info", "warning", "error").indexOf(f.get("severity").asText());
                if (!f.get("waived").asBoolean() && sev >= atOrAbove) {
                    expected.add(f.get("rule").asText() + " " + f.get("subject").asText());
                }
            });
            assertEquals(expected.size(), failures, failOn);
            NodeList suites = doc.getElementsByTagName("testsuite");
            for (int i = 0; i < suites.getLength(); i++) {
                Element s = (Element) suites.item(i);
                assertEquals("0", s.getAttribute("errors"));
                assertEquals(s.getElementsByTagName("failure").getLength(), Integer.parseInt(s.getAttribute("failures")));
                assertEquals(s.getElementsByTagName("skipped").getLength(), Integer.parseInt(s.getAttribute("skipped")));
            }
        }
        Document never = junit(Cli.run("check", "--format", "junit", "--fail-on", "never", "--lang", "en",
                "--as-of", "2025-03-01", SMALL).out());
        String out = never.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.matches("(?s).*small-province/\\S+\\.yaml:\\d+:\\d+: (error|warning|info) [A-Z]{3}-\\d{3}: .*"), out);
    }
}
