package dxcheck.serve;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a request body without holding a thread while it arrives (Jetty's read/demand loop): a client sending it
 * slowly costs a connection, not a thread. At most max bytes: past that it fails with {@link TooLarge} — once the
 * rest of the body has been read and thrown away (up to max bytes more, within the body's time): a server that
 * answers and closes while the client is still sending resets the connection, and the client may lose the 413.
 */
final class BodyReader implements Runnable {
    /** The body is larger than allowed. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("too large", null, false, false);
        }
    }

    private final Request request;
    private final long max;
    private ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    /** Bytes thrown away since the body went over max; -1 while it has not. */
    private long discarded = -1;

    private BodyReader(Request request, long max) {
        this.request = request;
        this.max = max;
    }

    static CompletableFuture<byte[]> read(Request request, long max) {
        BodyReader r = new BodyReader(request, max);
        r.run();
        return r.done;
    }

    @Override
    public void run() {
        while (!done.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this); // called again when more has arrived
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.completeExceptionally(discarded >= 0 ? new TooLarge() : chunk.getFailure());
                return;
            }
            ByteBuffer b = chunk.getByteBuffer();
            if (discarded >= 0 || bytes.size() + (long) b.remaining() > max) {
                bytes = null; // what was read is not needed any more: a slow client does not hold it while it drains
                discarded = Math.max(discarded, 0) + b.remaining();
                chunk.release();
                if (chunk.isLast() || discarded > max) {
                    done.completeExceptionally(new TooLarge());
                }
                continue;
            }
            byte[] part = new byte[b.remaining()];
            b.get(part);
            bytes.writeBytes(part);
            chunk.release();
            if (chunk.isLast()) {
                done.complete(bytes.toByteArray());
            }
        }
    }
}
