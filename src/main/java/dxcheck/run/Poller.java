package dxcheck.run;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Looks at something that changes on disk and acts on a change only once it has settled: when what it reads differs
 * from what it last acted on, is the same as on the poll before, and has stayed so for at least the settle time —
 * so a file an editor is still saving is never acted on half-written. The first poll always acts (unless primed with
 * what was already acted on). The one poller of watch (rules and inputs, polled by its loop) and serve (the rules,
 * polled on a thread of its own).
 */
public final class Poller<S> implements AutoCloseable {
    private final Supplier<S> read;
    private final BiPredicate<S, S> same;
    private final long settleNanos;
    private final Consumer<S> act;
    private S seen;
    private S pending;
    private long pendingSince;
    private ScheduledExecutorService thread;

    /**
     * @param read reads the current state (it must not fail)
     * @param same whether two states are the same (null never is)
     * @param settle how long a changed state must stay the same before it is acted on (zero: two polls in a row)
     * @param act what to do with a settled change
     */
    public Poller(Supplier<S> read, BiPredicate<S, S> same, Duration settle, Consumer<S> act) {
        this.read = read;
        this.same = same;
        this.settleNanos = settle.toNanos();
        this.act = act;
    }

    /** Takes a state as already acted on (built at start), so that only a change from it is acted on. */
    public synchronized Poller<S> primed(S actedOn) {
        seen = actedOn;
        return this;
    }

    /** Looks once; true when it acted. */
    public synchronized boolean poll() {
        S now = read.get();
        if (seen != null && same.test(now, seen)) {
            pending = null;
            return false;
        }
        long t = System.nanoTime();
        if (seen != null && !same.test(now, pending)) {
            pending = now; // something is changing: act once it has stopped
            pendingSince = t;
            return false;
        }
        if (seen != null && t - pendingSince < settleNanos) {
            return false;
        }
        seen = now;
        pending = null;
        act.accept(now);
        return true;
    }

    /** Polls every interval on a daemon thread of its own until closed; a poll that throws is told to onError. */
    public synchronized Poller<S> every(Duration interval, String threadName, Consumer<RuntimeException> onError) {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, interval.toMillis());
        thread.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
