package dxcheck.serve;

import dxcheck.load.CannotRunException;
import dxcheck.run.RuleSets;
import dxcheck.text.Debug;
import dxcheck.text.Lang;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * dxcheck serve: the planners' browser workbench (GET /) and the HTTP API (POST /api/check, GET /api/rules,
 * GET /health), on Jetty's HTTP server (jetty-server, no servlets).
 *
 * <p>Jetty reads requests as their bytes arrive, on a selector, without a thread per connection: a client that sends
 * slowly (or stops) holds a connection, never a thread, and others are answered meanwhile. A request's headers must
 * arrive within --header-timeout ({@link SlowClients}), its body within the body timeout, and a check — run on a
 * second bounded pool (--threads, a bounded queue: a full queue is 503 at once) — is answered within --timeout
 * ({@link CheckEndpoint}). Nothing from a request reaches the file system: documents are loaded from the request's
 * bytes, and the routes are fixed strings ({@link Router}).
 *
 * <p>The rules come from the same provider as the command line's ({@link RuleSets}), watched by {@link ServedRules};
 * a check is the command line's check ({@code run.CheckRunner}) of the request's bytes ({@link CheckService}).
 *
 * <p>One {@link dxcheck.engine.RuleBase} serves all threads: a KieBase is safe to share and Checker.run opens a
 * KieSession of its own per check and disposes of it; the rule metadata maps are unmodifiable, and the facts of a
 * check (inputs, merged policy) are made per request. ServeApiTest runs 20 checks at once and compares the bytes.
 */
public final class DxServer implements AutoCloseable {
    /** The name a document sent as a plain body, or pasted in the page, is shown under. */
    static final String PASTED = "pasted.yaml";
    private static final String PAGE_RESOURCE = "/dxcheck/serve/page.html";

    private final ServeOptions options;
    private final ServedRules rules;
    private final Server jetty;
    private final ServerConnector connector;
    private final ThreadPoolExecutor checks;
    private final ScheduledExecutorService timer;

    private DxServer(ServeOptions options, ServedRules rules, Server jetty, ServerConnector connector,
                     ThreadPoolExecutor checks, ScheduledExecutorService timer) {
        this.options = options;
        this.rules = rules;
        this.jetty = jetty;
        this.connector = connector;
        this.checks = checks;
        this.timer = timer;
    }

    /** Builds the rules (failing when they do not build), binds, and serves until {@link #close()}. */
    public static DxServer start(ServeOptions o, RuleSets sets, Lang lang, PrintWriter err)
            throws IOException, CannotRunException {
        ServedRules live = ServedRules.start(sets, o.rules(), o.pollMillis(), lang, err);
        ThreadPoolExecutor checks = new ThreadPoolExecutor(o.checkThreads(), o.checkThreads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, o.queue())), threads("dxcheck-check"),
                new ThreadPoolExecutor.AbortPolicy());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(threads("dxcheck-timer"));
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, 4 * o.checkThreads()), 2);
        pool.setName("dxcheck-http");
        pool.setDaemon(true);
        Server jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        String address = RequestGuard.bindAddress(o.host());
        connector.setHost(address);
        connector.setPort(o.port());
        connector.setAcceptQueueSize(64);
        connector.setIdleTimeout(Math.max(o.headerTimeout().toMillis(), o.bodyTimeout().toMillis()));
        SlowClients slow = new SlowClients(o.headerTimeout(), timer);
        connector.addBean(slow);
        jetty.addConnector(connector);
        ErrorHandler errors = new ErrorHandler(); // Jetty's own error pages (a malformed request) say no more than the status
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        errors.setShowMessageInTitle(false);
        jetty.setErrorHandler(errors);
        String page;
        try (InputStream in = DxServer.class.getResourceAsStream(PAGE_RESOURCE)) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CheckEndpoint endpoint = new CheckEndpoint(o, live, checks, timer);
        jetty.setHandler(new Router(o, live, new RequestGuard(InetAddress.getByName(address)), endpoint, slow, err,
                page));
        DxServer server = new DxServer(o, live, jetty, connector, checks, timer);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage() == null ? e.toString()
                    : e.getMessage(), e);
        }
        return server;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Where it listens, e.g. http://127.0.0.1:8080/ (the bound port when asked for port 0). */
    public URI uri() {
        String host = RequestGuard.bindAddress(options.host());
        host = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    public ServedRules rules() {
        return rules;
    }

    /** The pool checks run on (tests hold its threads busy to see queued checks given up in time). */
    ThreadPoolExecutor checkPool() {
        return checks;
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping: the pools below are stopped all the same
            Debug.note("the server did not stop cleanly (" + e + ")");
        }
        checks.shutdownNow();
        timer.shutdownNow();
        rules.close();
    }
}
