package dxcheck.serve;

import dxcheck.text.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's guards from the security review (issue 13): Host forms, cross-site checks, CSP, queued checks. */
class ServeGuardsTest {
    static DxServer server;
    static URI base;
    static String agency;

    @BeforeAll
    static void start() throws Exception {
        server = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter()));
        base = server.uri();
        agency = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyFormOfALoopbackAddressKeepsTheRebindingGuard() throws Exception {
        for (String bound : new String[] {"127.0.0.1", "127.0.0.2", "::1", "[::1]", "0:0:0:0:0:0:0:1", "localhost"}) {
            RequestGuard g = new RequestGuard(java.net.InetAddress.getByName(RequestGuard.bindAddress(bound)));
            assertFalse(g.hostAllowed("evil.example"), bound);
            assertFalse(g.hostAllowed("evil.example:8080"), bound);
            assertFalse(g.hostAllowed("127.0.0.1.evil.example"), bound);
            assertFalse(g.hostAllowed(null), bound);
            for (String ok : new String[] {"localhost", "LOCALHOST:80", "127.0.0.1", "127.0.0.2:8080", "[::1]",
                    "[::1]:8080", "[0:0:0:0:0:0:0:1]:80"}) {
                assertTrue(g.hostAllowed(ok), bound + " should answer Host " + ok);
            }
        }
        assertTrue(new RequestGuard(java.net.InetAddress.getByName("10.1.2.3")).hostAllowed("anything"),
                "bound elsewhere, any Host is the network's business");
    }

    @Test
    void aServerOn127002AnswersItsOwnUrl() throws Exception {
        try (DxServer other = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0)
                .withHost("127.0.0.2"), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> r = Http.get(other.uri().resolve("/health"));
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(ServeApiTest.raw("GET /health HTTP/1.1", "evil.example", other.uri()).startsWith("HTTP/1.1 421"));
        }
    }

    private static HttpResponse<String> post(HttpRequest.Builder b) throws Exception {
        return Http.CLIENT.send(b.header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(agency, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCheckFromAnotherSitesPageIsRefused() throws Exception {
        URI check = base.resolve("/api/check?asOf=2023-07-15&lang=en");
        HttpResponse<String> bare = post(HttpRequest.newBuilder(check));
        assertEquals(403, bare.statusCode(), "a cross-site form sends no X-Dxcheck");
        assertTrue(bare.body().contains("X-Dxcheck"), bare::body);
        assertEquals(403, post(HttpRequest.newBuilder(check).header("Origin", "http://evil.example")).statusCode());
        assertEquals(403, post(HttpRequest.newBuilder(check).header("Sec-Fetch-Site", "cross-site")).statusCode());
        assertEquals(200, post(HttpRequest.newBuilder(check).header("X-Dxcheck", "1")).statusCode(), "a program");
        assertEquals(200, post(HttpRequest.newBuilder(check).header("Sec-Fetch-Site", "same-origin")).statusCode());
        String origin = "http://" + base.getHost() + ":" + base.getPort();
        assertEquals(200, post(HttpRequest.newBuilder(check).header("Origin", origin)).statusCode(), "the workbench");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithANonceForTheOneScript() throws Exception {
        HttpResponse<String> page = Http.get(base);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertTrue(m.find(), csp);
        assertFalse(csp.contains("'unsafe-inline'; style") && csp.contains("script-src 'unsafe-inline'"), csp);
        assertTrue(page.body().contains("<script nonce=\"" + m.group(1) + "\">"), "the page's script has the nonce");
        assertFalse(Http.get(base).headers().firstValue("Content-Security-Policy").orElse("").contains(m.group(1)),
                "a new nonce per answer");
        HttpResponse<String> html = new Http.Form().file("files", "stttt.yaml", agency.getBytes(StandardCharsets.UTF_8))
                .field("format", "html").post(base.resolve("/api/check"));
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void aCheckWaitingForABusyWorkerIsGivenUpAtTheTimeout() throws Exception {
        try (DxServer one = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0).withThreads(1, 4)
                .withTimeout(Duration.ofSeconds(1)), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            CountDownLatch release = new CountDownLatch(1);
            one.checkPool().execute(() -> {
                try {
                    release.await(60, TimeUnit.SECONDS); // the only worker is busy
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> r = Http.postYaml(one.uri().resolve("/api/check?lang=en"), agency);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(503, r.statusCode(), r::body);
                assertTrue(r.body().contains("the check took more than 1 s"), r::body);
                assertTrue(seconds < 15, "answered at the timeout, not when a worker was free: " + seconds + " s");
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void anEchoedHeaderIsCapped() throws Exception {
        String host = "h".repeat(5000) + ".example";
        String response = ServeApiTest.raw("GET /health HTTP/1.1", host, base);
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
        assertTrue(response.length() < 2000, "the 5 000-character Host is not echoed whole: " + response.length());
        assertTrue(response.contains("hhh…"), response);
    }
}
