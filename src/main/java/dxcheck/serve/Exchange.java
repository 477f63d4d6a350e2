package dxcheck.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.report.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request and its answer. Whatever answers first — the check, its time limit, a read that failed — claims the
 * exchange; every later attempt is ignored, so an answer is sent exactly once.
 */
final class Exchange {
    final Request request;
    final Response response;
    private final Callback callback;
    private final AtomicBoolean claimed = new AtomicBoolean();

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** True for the one caller that may answer. */
    boolean claim() {
        return claimed.compareAndSet(false, true);
    }

    void send(int status, String contentType, byte[] body) {
        if (claim()) {
            sendClaimed(status, contentType, body);
        }
    }

    /** Answers an exchange this caller has already claimed. */
    void sendClaimed(int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    void sendJson(int status, ObjectNode o) {
        send(status, "application/json; charset=utf-8", Json.write(o).getBytes(StandardCharsets.UTF_8));
    }

    /** {"errors":[{"file":null,"line":null,"column":null,"field":"","message":…}]}: a problem with the request. */
    void sendError(int status, String message) {
        if (claim()) {
            sendErrorClaimed(status, message);
        }
    }

    void sendErrorClaimed(int status, String message) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("errors").addObject().putNull("file").putNull("line").putNull("column").put("field", "")
                .put("message", message);
        sendClaimed(status, "application/json; charset=utf-8", Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    /** The client went away or the connection broke: nothing can be answered. */
    void abort(Throwable why) {
        if (claim()) {
            callback.failed(why);
        }
    }
}
