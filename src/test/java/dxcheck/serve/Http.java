package dxcheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small real HTTP client for the API tests: java.net.http, HTTP/1.1, multipart bodies built by hand. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postYaml(URI uri, String yaml) throws IOException, InterruptedException {
        return CLIENT.send(yamlRequest(uri, yaml), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest yamlRequest(URI uri, String yaml) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/yaml")
                .header("X-Dxcheck", "1").POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)).build();
    }

    /** A multipart/form-data body: files by name under the field "files", then plain fields. */
    static final class Form {
        final String boundary = "----dxcheck" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form file(String field, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/yaml\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Form files(Map<String, String> files) {
            files.forEach((n, c) -> file("files", n, c.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(body.toByteArray());
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        HttpRequest request(URI uri) {
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Dxcheck", "1")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build();
        }

        HttpResponse<String> post(URI uri) throws IOException, InterruptedException {
            return CLIENT.send(request(uri), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
