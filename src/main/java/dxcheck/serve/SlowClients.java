package dxcheck.serve;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time a connection may take to send a request's headers, counted from when it opened or from the end of
 * its last answer. Jetty parses headers as bytes arrive, without holding a thread, so a slow client cannot freeze the
 * server; but its idle timeout restarts with every byte, so a client sending a byte a second would keep its
 * connection forever. Past the bound the connection is closed. (The body has its own bound, in CheckEndpoint.)
 */
final class SlowClients implements Connection.Listener {
    private final Map<Connection, Long> waiting = new ConcurrentHashMap<>();
    private final long limitNanos;

    SlowClients(Duration headerTimeout, ScheduledExecutorService timer) {
        this.limitNanos = headerTimeout.toNanos();
        long every = Math.max(100, Math.min(1000, headerTimeout.toMillis() / 4));
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        waiting.put(connection, System.nanoTime());
    }

    @Override
    public void onClosed(Connection connection) {
        waiting.remove(connection);
    }

    /** The request's headers are in: its connection is busy until the answer is sent. */
    void requestStarted(Request request) {
        Connection c = request.getConnectionMetaData().getConnection();
        waiting.remove(c);
        Request.addCompletionListener(request, failure -> {
            if (c.getEndPoint().isOpen()) {
                waiting.put(c, System.nanoTime()); // waiting for the next request on the same connection
            }
        });
    }

    private void sweep() {
        long now = System.nanoTime();
        waiting.forEach((c, since) -> {
            if (now - since > limitNanos) {
                waiting.remove(c);
                c.getEndPoint().close();
            }
        });
    }
}
