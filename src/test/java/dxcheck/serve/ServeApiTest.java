package dxcheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.report.Reporters;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.Progress;
import dxcheck.run.CheckRunner;
import dxcheck.text.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API against a real server on a free loopback port, with a real HTTP client. */
class ServeApiTest {
    static final LocalDate AS_OF = LocalDate.of(2023, 7, 15);
    static DxServer server;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        server = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter()));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, String> haTinh() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(Path.of("fixtures/ha-tinh"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** The findings of `dxcheck check --format json`, with each file shown by its name only, as uploaded. */
    static JsonNode cliFindings() throws Exception {
        String json = Reporters.byName("json").render(CheckRunner.run(dxcheck.TestRules::shipped,
                new CheckRequest(List.of("fixtures/ha-tinh"), CheckOptions.at(AS_OF)),
                java.io.InputStream.nullInputStream(), Progress.NONE), Lang.VI);
        ArrayNode findings = (ArrayNode) Http.JSON.readTree(json).get("findings");
        findings.forEach(f -> ((ObjectNode) f).put("file", Path.of(f.get("file").asText()).getFileName().toString()));
        return findings;
    }

    @Test
    void seedFixtureAsMultipartGivesTheSameFindingsAsTheCommandLine() throws Exception {
        HttpResponse<String> r = new Http.Form().files(haTinh()).field("asOf", AS_OF.toString())
                .post(base.resolve("/api/check"));
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("1", r.headers().firstValue("X-Dxcheck-Exit-Code").orElse(""), "an error finding: exit 1");
        JsonNode report = Http.json(r);
        assertEquals("[\"plan.yaml\",\"stttt.yaml\",\"thach-dai.yaml\",\"thach-ha.yaml\",\"ubnd.yaml\"]",
                report.get("inputs").toString(), "every file sent, listed sorted as in any report");
        assertEquals("vi", report.get("lang").asText());
        assertEquals(sorted(cliFindings()), sorted(report.get("findings")));
        assertTrue(r.body().contains("\"rule\" : \"STF-001\""), r::body);
        assertTrue(report.has("summary") && report.has("tool") && report.has("policy"));
    }

    @Test
    void seedFixtureAsOneYamlBody() throws Exception {
        String all = String.join("\n---\n", haTinh().values());
        HttpResponse<String> r = Http.postYaml(base.resolve("/api/check?asOf=2023-07-15&lang=en"), all);
        assertEquals(200, r.statusCode(), r::body);
        JsonNode report = Http.json(r);
        assertEquals("[\"pasted.yaml\"]", report.get("inputs").toString());
        assertEquals("en", report.get("lang").asText());
        List<String> got = new ArrayList<>();
        report.get("findings").forEach(f -> got.add(f.get("rule").asText() + " " + f.get("subject").asText()));
        List<String> expected = new ArrayList<>();
        cliFindings().forEach(f -> expected.add(f.get("rule").asText() + " " + f.get("subject").asText()));
        assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
        report.get("findings").forEach(f -> assertEquals("pasted.yaml", f.get("file").asText()));
        assertTrue(r.body().contains("The DX lead agency has 3 dedicated staff, at least 5 required"), r::body);
    }

    @Test
    void theHtmlReportForDownload() throws Exception {
        HttpResponse<String> r = new Http.Form().files(haTinh()).field("asOf", "2023-07-15").field("format", "html")
                .post(base.resolve("/api/check"));
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("STF-001") && r.body().contains("stttt.yaml"), "the HTML report");
    }

    @Test
    void badInputIs400WithLocatedErrors() throws Exception {
        String stttt = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
        String bad = stttt.replace("    dedicatedDxStaff: 3", "    dedicatedDxStaf: 3");
        HttpResponse<String> r = new Http.Form().file("files", "stttt.yaml", bad.getBytes(StandardCharsets.UTF_8))
                .field("lang", "en").post(base.resolve("/api/check"));
        assertEquals(400, r.statusCode(), r::body);
        JsonNode e = Http.json(r).get("errors").get(0);
        assertEquals("stttt.yaml", e.get("file").asText());
        assertEquals(27, e.get("line").asInt(), r::body);
        assertTrue(e.get("column").asInt() > 0);
        assertTrue(e.get("message").asText().contains("unknown key 'dedicatedDxStaf'"), r::body);

        HttpResponse<String> syntax = Http.postYaml(base.resolve("/api/check"), "apiVersion: dxcheck/v1\nkind: [\n");
        assertEquals(400, syntax.statusCode());
        assertEquals("pasted.yaml", Http.json(syntax).get("errors").get(0).get("file").asText());
        assertTrue(Http.json(syntax).get("errors").get(0).get("message").asText().contains("YAML"), syntax::body);

        HttpResponse<String> empty = Http.postYaml(base.resolve("/api/check"), "# nothing\n");
        assertEquals(400, empty.statusCode(), empty::body);
        assertTrue(empty.body().contains("không có tài liệu YAML nào"), empty::body);
    }

    /** A request's parameters are parsed as the command line's options are: the same words for the same mistake. */
    @Test
    void aBadParameterIsSaidAsTheCommandLineSaysABadOption() throws Exception {
        HttpResponse<String> lang = Http.postYaml(base.resolve("/api/check?lang=fr"), "a: 1");
        assertEquals("tham số lang: 'fr' (vi | en)", Http.json(lang).at("/errors/0/message").asText(), lang::body);
        assertEquals("dxcheck: tùy chọn --lang: 'fr' (vi | en)", dxcheck.cli.Cli.run("check", "--lang", "fr", "-")
                .err().strip());
        HttpResponse<String> asOf = Http.postYaml(base.resolve("/api/check?lang=en&asOf=2025-02-30"), "a: 1");
        assertEquals("parameter asOf: '2025-02-30' (YYYY-MM-DD)", Http.json(asOf).at("/errors/0/message").asText());
        HttpResponse<String> format = Http.postYaml(base.resolve("/api/check?lang=en&format=xml"), "a: 1");
        assertEquals("parameter format: 'xml' (json | html)", Http.json(format).at("/errors/0/message").asText());
    }

    @Test
    void badParametersAndFormsAre400Or415() throws Exception {
        assertEquals(400, Http.postYaml(base.resolve("/api/check?asOf=15/07/2023"), "a: 1").statusCode());
        assertEquals(400, Http.postYaml(base.resolve("/api/check?lang=fr"), "a: 1").statusCode());
        assertEquals(400, Http.postYaml(base.resolve("/api/check?format=xml"), "a: 1").statusCode());
        HttpResponse<String> form = Http.CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/check")).header("X-Dxcheck", "1")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"files\"\r\n\r\nno end"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, form.statusCode(), form::body);
        assertTrue(form.body().contains("multipart"), form::body);
        HttpResponse<String> json = Http.CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/check")).header("X-Dxcheck", "1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, json.statusCode(), json::body);
    }

    @Test
    void tooLargeIs413() throws Exception {
        byte[] big = new byte[(int) ServeOptions.DEFAULT_MAX_BODY + 1024];
        java.util.Arrays.fill(big, (byte) '#');
        // repeated: a server that answers while the client still sends, then closes, resets the connection now and
        // then, and the client loses the answer ("header parser received no bytes"); the rest is read first
        for (int i = 0; i < 4; i++) {
            tooLargeOnce(big);
        }
    }

    private void tooLargeOnce(byte[] big) throws Exception {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/check")).header("X-Dxcheck", "1")
                .header("Content-Type", "text/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r::body);
        assertTrue(r.body().contains("8388608"), r::body);
        HttpResponse<String> chunked = Http.CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/check"))
                .header("X-Dxcheck", "1").header("Content-Type", "text/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), "no length announced: counted as it arrives\n" + chunked.body());
        assertTrue(chunked.body().contains("8388608"), chunked::body);
    }

    @Test
    void catalogueAndHealth() throws Exception {
        HttpResponse<String> rules = Http.get(base.resolve("/api/rules"));
        assertEquals(200, rules.statusCode());
        JsonNode catalogue = Http.json(rules);
        JsonNode stf = null;
        for (JsonNode r : catalogue.get("rules")) {
            if (r.get("id").asText().equals("STF-001")) {
                stf = r;
            }
        }
        assertTrue(stf != null, rules::body);
        assertEquals("error", stf.get("severity").asText());
        assertEquals("DX lead agency lacks dedicated staff", stf.get("title").get("en").asText());
        assertFalse(stf.get("title").get("vi").asText().isEmpty());
        assertTrue(stf.get("references").get("vi").asText().contains("lựa chọn chính sách"), stf::toString);
        assertEquals("", stf.get("legalBasis").get("en").asText(), "STF-001 rests on references, no legal instrument");
        assertTrue(stf.get("policyKeys").toString().contains("staffing.dxLead.minDedicated"), stf::toString);

        JsonNode health = Http.json(Http.get(base.resolve("/health")));
        assertEquals("ok", health.get("status").asText());
        assertEquals(catalogue.get("rules").size(), health.get("rules").asInt());
        assertEquals(catalogue.get("rulesVersion").asText(), health.get("rulesVersion").asText());
        assertTrue(health.get("rulesVersion").asText().matches("[0-9a-f]{12}"), health::toString);
        assertFalse(health.has("rulesError"));
    }

    @Test
    void thePageIsSelfContained() throws Exception {
        HttpResponse<String> page = Http.get(base.resolve("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<html lang=\"vi\">") && html.contains("Kiểm tra"), "Vietnamese by default");
        assertFalse(html.contains("__DXCHECK_CONFIG__"));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(Http.get(base.resolve("/?lang=en")).body().contains("<html lang=\"en\">"));
    }

    @Test
    void methodsAndUnknownPaths() throws Exception {
        assertEquals(405, Http.get(base.resolve("/api/check")).statusCode());
        assertEquals(405, Http.CLIENT.send(HttpRequest.newBuilder(base.resolve("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        assertEquals(404, Http.get(base.resolve("/nothing")).statusCode());
        assertEquals(404, Http.get(base.resolve("/api/check/extra")).statusCode());
    }

    /** Raw bytes on a socket, so that no client tidies the path before it is sent. */
    static String raw(String requestLine) throws Exception {
        return raw(requestLine, "localhost");
    }

    static String raw(String requestLine, String host) throws Exception {
        return raw(requestLine, host, base);
    }

    static String raw(String requestLine, String host, URI server) throws Exception {
        try (Socket s = new Socket(server.getHost(), server.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.joining("\n"));
        }
    }

    /** DNS rebinding: a page elsewhere points its own name at 127.0.0.1; the server answers only to local names. */
    @Test
    void onLoopbackOnlyRequestsAddressedToThisComputerAreAnswered() throws Exception {
        for (String host : List.of("evil.example", "evil.example:" + base.getPort(), "127.0.0.1.evil.example")) {
            String response = raw("GET /health HTTP/1.1", host);
            assertTrue(response.startsWith("HTTP/1.1 421"), host + ": " + response);
            assertFalse(response.contains("\"status\""), response);
        }
        for (String host : List.of("localhost", "127.0.0.1:" + base.getPort(), "[::1]:" + base.getPort())) {
            assertTrue(raw("GET /health HTTP/1.1", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void requestsCannotReadTheServersFiles() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/../../../etc/passwd",
                "/rules/policy.yaml", "/fixtures/ha-tinh/plan.yaml", "//etc/passwd")) {
            String response = raw("GET " + path + " HTTP/1.1");
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response);
            assertFalse(response.contains("root:"), response);
        }
        // Documents that name a file: a YAML tag that would construct one, keys that look like references,
        // an upload whose name is a path. Only the request's bytes are ever read.
        HttpResponse<String> tag = Http.postYaml(base.resolve("/api/check?lang=en"),
                "apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata: !!java.io.FileInputStream [\"/etc/passwd\"]\n");
        assertEquals(400, tag.statusCode(), tag::body);
        assertTrue(tag.body().contains("tag"), tag::body);
        assertFalse(tag.body().contains("root:"), tag::body);
        HttpResponse<String> ref = Http.postYaml(base.resolve("/api/check?lang=en"),
                "apiVersion: dxcheck/v1\nkind: Policy\n$ref: /etc/passwd\nmetadata: {id: x, extends: /etc/passwd}\n"
                        + "spec: {include: ../../rules/policy.yaml}\n");
        assertEquals(400, ref.statusCode(), ref::body);
        assertFalse(ref.body().contains("root:"), ref::body);
        HttpResponse<String> named = new Http.Form()
                .file("files", "../../../etc/passwd", Files.readAllBytes(Path.of("fixtures/ha-tinh/agencies/stttt.yaml")))
                .file("policy", "/etc/passwd", "apiVersion: dxcheck/v1\n".getBytes(StandardCharsets.UTF_8))
                .post(base.resolve("/api/check?lang=en"));
        assertEquals(400, named.statusCode(), named::body);
        assertFalse(named.body().contains("root:"), named::body);
        assertTrue(named.body().contains("\"file\" : \"passwd"), "a name is a label, its last segment only: " + named.body());
        HttpResponse<String> upload = new Http.Form()
                .file("files", "C:\\temp\\..\\stttt.yaml", Files.readAllBytes(Path.of("fixtures/ha-tinh/agencies/stttt.yaml")))
                .field("asOf", "2023-07-15").post(base.resolve("/api/check"));
        assertEquals(200, upload.statusCode(), upload::body);
        assertEquals("[\"stttt.yaml\"]", Http.json(upload).get("inputs").toString());
    }

    @Test
    void twentyConcurrentChecksGiveIdenticalResults() throws Exception {
        Map<String, String> files = haTinh();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpRequest request = i % 2 == 0
                    ? new Http.Form().files(files).field("asOf", "2023-07-15").request(base.resolve("/api/check"))
                    : Http.yamlRequest(base.resolve("/api/check?asOf=2023-07-15&name=stttt.yaml"),
                    files.get("stttt.yaml"));
            calls.add(Http.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        List<String> even = new ArrayList<>();
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).get();
            assertEquals(200, r.statusCode(), r::body);
            (i % 2 == 0 ? even : odd).add(r.body());
        }
        assertEquals(1, even.stream().distinct().count(), "every full check gives the same bytes");
        assertEquals(1, odd.stream().distinct().count(), "every single-agency check gives the same bytes");
        assertEquals(sorted(cliFindings()), sorted(Http.JSON.readTree(even.get(0)).get("findings")));
    }

    @Test
    void aCheckOverTheTimeLimitIs503() throws Exception {
        try (DxServer slow = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0)
                .withTimeout(Duration.ZERO), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> r = new Http.Form().files(haTinh()).post(slow.uri().resolve("/api/check?lang=en"));
            assertEquals(503, r.statusCode(), r::body);
            assertTrue(r.body().contains("the check took more than"), r::body);
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
        }
    }

    /** A --max-body near Long.MAX_VALUE ("no limit") must not overflow into refusing every body as too large. */
    @Test
    void aHugeMaxBodyStillAcceptsBodies() throws Exception {
        try (DxServer open = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0)
                .withMaxBody(Long.MAX_VALUE), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> r = Http.postYaml(open.uri().resolve("/api/check?asOf=2023-07-15&lang=en"),
                    Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml")));
            assertEquals(200, r.statusCode(), r::body);
        }
    }

    /** A Policy hidden among the uploaded files, or sent as the policy, is refused unless the server allows it. */
    @Test
    void uploadedPoliciesAreRefusedUnlessTheServerAllowsThem() throws Exception {
        String stttt = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
        byte[] lenient = dxcheck.TestDocs.LENIENT_POLICY.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> hidden = new Http.Form().files(Map.of("stttt.yaml", stttt))
                .file("files", "notes.yaml", lenient).field("asOf", "2023-07-15").post(base.resolve("/api/check?lang=en"));
        assertEquals(400, hidden.statusCode(), hidden::body);
        JsonNode e = Http.json(hidden).get("errors").get(0);
        assertEquals("notes.yaml", e.get("file").asText());
        assertEquals(2, e.get("line").asInt());
        assertTrue(e.get("message").asText().contains("Policy document 'lenient' among the inputs is refused "
                + "(--allow-upload-policy)"), hidden::body);
        HttpResponse<String> asPolicy = new Http.Form().files(Map.of("stttt.yaml", stttt))
                .file("policy", "lenient.yaml", lenient).post(base.resolve("/api/check?lang=en"));
        assertEquals(400, asPolicy.statusCode(), asPolicy::body);
        assertTrue(asPolicy.body().contains("does not accept uploaded policies"), asPolicy::body);
        assertTrue(Http.get(base).body().contains("\"uploadPolicy\":false"), "the page hides the policy choice");

        try (DxServer open = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0)
                .withAllowUploadPolicy(true), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> allowed = new Http.Form().files(Map.of("stttt.yaml", stttt))
                    .file("policy", "lenient.yaml", lenient).field("asOf", "2023-07-15")
                    .post(open.uri().resolve("/api/check?lang=en"));
            assertEquals(200, allowed.statusCode(), allowed::body);
            assertFalse(allowed.body().contains("STF-001"), "the server's operator allowed it");
        }
    }

    /** Findings as text, sorted: the command line sorts by full path, the server by the uploaded name. */
    static List<String> sorted(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.toString()));
        return out.stream().sorted().toList();
    }

    @Test
    void aWorkbookUploadIsCheckedAndItsFindingsNameTheirCells() throws Exception {
        dxcheck.load.Inputs yaml = dxcheck.load.Loader.load(java.util.List.of("fixtures/ha-tinh"),
                java.io.InputStream.nullInputStream());
        byte[] book = dxcheck.xlsx.WorkbookExport.export(yaml);
        var r = new Http.Form().file("files", "ha-tinh.xlsx", book).field("asOf", AS_OF.toString())
                .field("lang", "en").post(base.resolve("/api/check"));
        assertEquals(200, r.statusCode(), r::body);
        com.fasterxml.jackson.databind.JsonNode stf = null;
        for (com.fasterxml.jackson.databind.JsonNode f : Http.json(r).get("findings")) {
            if (f.get("rule").asText().equals("STF-001")) {
                stf = f;
            }
        }
        assertEquals("ha-tinh.xlsx", stf.get("file").asText());
        assertEquals("Cơ quan", stf.get("sheet").asText());
        assertEquals("N" + stf.get("line").asInt(), stf.get("cell").asText());

        var bad = new Http.Form().file("files", "broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8))
                .post(base.resolve("/api/check"));
        assertEquals(400, bad.statusCode(), bad::body);
        assertTrue(bad.body().contains("(.xlsx): no zip end record"), bad::body);
    }
}
