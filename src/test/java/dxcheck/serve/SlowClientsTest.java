package dxcheck.serve;

import dxcheck.text.Lang;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow clients (issue 13): 8 connections that send one byte and then nothing froze the server for 60 s. The
 * bounds here are generous correctness timeouts, not speed measurements.
 */
class SlowClientsTest {
    static final Duration BOUND = Duration.ofSeconds(20);

    static ServeOptions twoThreads() {
        return ServeOptions.defaults(Path.of("rules")).withPollMillis(0).withThreads(2, 8);
    }

    @Test
    void eightSlowConnectionsDoNotStopOthersBeingAnswered() throws Exception {
        try (DxServer server = DxServer.start(twoThreads(), dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            URI uri = server.uri();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket(uri.getHost(), uri.getPort());
                    OutputStream out = s.getOutputStream();
                    // half of them stop in the headers, half in the body
                    out.write((i % 2 == 0 ? "G" : "POST /api/check HTTP/1.1\r\nHost: localhost\r\nX-Dxcheck: 1\r\n"
                            + "Content-Type: application/yaml\r\nContent-Length: 1000\r\n\r\na").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    slow.add(s);
                }
                Thread.sleep(500);
                HttpResponse<String> health = assertTimeoutPreemptively(BOUND, () -> Http.get(uri.resolve("/health")));
                assertEquals(200, health.statusCode());
                HttpResponse<String> check = assertTimeoutPreemptively(BOUND, () -> Http.postYaml(
                        uri.resolve("/api/check?asOf=2023-07-15"), java.nio.file.Files.readString(
                                Path.of("fixtures/ha-tinh/agencies/stttt.yaml"))));
                assertEquals(200, check.statusCode(), check::body);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aConnectionThatNeverFinishesItsHeadersOrBodyIsClosed() throws Exception {
        ServeOptions o = twoThreads().withReadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (DxServer server = DxServer.start(o, dxcheck.TestRules.SETS, Lang.EN, new PrintWriter(new StringWriter()))) {
            URI uri = server.uri();
            for (String start : List.of("GET /health HTTP/1.1\r\nHost: local", "POST /api/check HTTP/1.1\r\nHost: "
                    + "localhost\r\nX-Dxcheck: 1\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\nab")) {
                try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
                    s.setSoTimeout((int) BOUND.toMillis());
                    OutputStream out = s.getOutputStream();
                    out.write(start.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    long t0 = System.nanoTime();
                    InputStream in = s.getInputStream();
                    for (int i = 0; i < 30; i++) { // a byte a second: every idle timeout is reset, the bound is not
                        Thread.sleep(1000);
                        try {
                            out.write('x');
                            out.flush();
                        } catch (java.io.IOException closed) {
                            break;
                        }
                    }
                    byte[] rest = assertTimeoutPreemptively(BOUND, () -> in.readAllBytes());
                    String answer = new String(rest, StandardCharsets.US_ASCII);
                    assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408") || answer.startsWith("HTTP/1.1 400"),
                            answer);
                    assertTrue((System.nanoTime() - t0) / 1e9 < 15, "closed long before the client stopped");
                }
            }
        }
    }
}
