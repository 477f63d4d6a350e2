package dxcheck.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dxcheck.cli.Version;
import dxcheck.engine.RuleInfo;
import dxcheck.load.InputError;
import dxcheck.load.InvalidInputException;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.report.Json;
import dxcheck.report.Report;
import dxcheck.report.Reporters;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * dxcheck serve: the planners' browser workbench (GET /) and the HTTP API (POST /api/check, GET /api/rules,
 * GET /health) on the JDK's own HTTP server.
 *
 * <p>Requests are read by a bounded pool of handler threads; checks run on a second bounded pool (as many threads
 * as --threads, a bounded queue) so a request waits at most --timeout for its check and a full queue answers 503
 * at once. Nothing from a request reaches the file system: documents are loaded from the request's bytes, and the
 * routes are fixed strings, compared without decoding or resolving the path.
 *
 * <p>One {@link dxcheck.engine.RuleBase} serves all threads: a KieBase is safe to share and Checker.run opens a
 * KieSession of its own per check and disposes of it; the rule metadata maps are unmodifiable, and the facts of a
 * check (inputs, merged policy) are made per request. ServeApiTest runs 20 checks at once and compares the bytes.
 */
public final class DxServer implements AutoCloseable {
    /** The name a document sent as a plain body, or pasted in the page, is shown under. */
    static final String PASTED = "pasted.yaml";
    private static final String PAGE_RESOURCE = "/dxcheck/serve/page.html";
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final ServeOptions options;
    private final LiveRules rules;
    private final HttpServer http;
    private final ThreadPoolExecutor handlers;
    private final ThreadPoolExecutor checks;
    private final PrintWriter err;
    private final String page;

    private DxServer(ServeOptions options, LiveRules rules, HttpServer http, ThreadPoolExecutor handlers,
                     ThreadPoolExecutor checks, PrintWriter err, String page) {
        this.options = options;
        this.rules = rules;
        this.http = http;
        this.handlers = handlers;
        this.checks = checks;
        this.err = err;
        this.page = page;
    }

    /** Builds the rules (failing when they do not build), binds, and serves until {@link #close()}. */
    public static DxServer start(ServeOptions o, Lang lang, PrintWriter err) throws IOException, InvalidInputException {
        // The JDK server's own guards against slow clients: whole request and whole response at most this long.
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", "60"));
        System.setProperty("sun.net.httpserver.maxRspTime",
                System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        // Headers and body are written separately: without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms a response.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        LiveRules live = LiveRules.start(o.rulesDir(), o.kbase(), o.policyFiles(), o.pollMillis(), lang, err);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(o.host(), o.port()), 64);
        } catch (IOException e) {
            live.close();
            throw e;
        }
        ThreadPoolExecutor handlers = new ThreadPoolExecutor(o.checkThreads() * 4, o.checkThreads() * 4, 30,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(256), threads("dxcheck-http"), (r, ex) -> {
                    err.println("dxcheck serve: " + Msg.HTTP_BUSY.format(Lang.EN) + " (connection dropped)");
                    err.flush();
                });
        ThreadPoolExecutor checks = new ThreadPoolExecutor(o.checkThreads(), o.checkThreads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, o.queue())), threads("dxcheck-check"),
                new ThreadPoolExecutor.AbortPolicy());
        String page;
        try (InputStream in = DxServer.class.getResourceAsStream(PAGE_RESOURCE)) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DxServer server = new DxServer(o, live, http, handlers, checks, err, page);
        http.setExecutor(handlers);
        http.createContext("/", server::handle);
        http.start();
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
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
    }

    public LiveRules rules() {
        return rules;
    }

    @Override
    public void close() {
        http.stop(0);
        handlers.shutdownNow();
        checks.shutdownNow();
        rules.close();
    }

    // ---- routing ------------------------------------------------------------------------------------------------

    /**
     * Bound to this computer only, the server answers only requests addressed to this computer: a web page elsewhere
     * cannot point a name of its own at 127.0.0.1 (DNS rebinding) and read the answers. Bound to another address
     * (--host), any Host is the office network's business.
     */
    boolean hostAllowed(String host) {
        if (!isLoopback(options.host())) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return name.equalsIgnoreCase("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
    }

    private static boolean isLoopback(String address) {
        return address.equals("127.0.0.1") || address.equalsIgnoreCase("localhost") || address.equals("::1")
                || address.startsWith("127.");
    }

    private void handle(HttpExchange ex) {
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        Lang lang = "en".equals(query.get("lang")) ? Lang.EN : Lang.VI;
        try (ex) {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            String path = ex.getRequestURI().getRawPath();
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                sendErrors(ex, 421, lang, Msg.HTTP_BAD_HOST.format(lang, ex.getRequestHeaders().getFirst("Host")));
                return;
            }
            switch (path == null ? "" : path) {
                case "/" -> onlyGet(ex, lang, () -> page(ex, lang));
                case "/health" -> onlyGet(ex, lang, () -> health(ex, lang));
                case "/api/rules" -> onlyGet(ex, lang, () -> catalogue(ex));
                case "/api/check" -> {
                    if (!"POST".equals(ex.getRequestMethod())) {
                        ex.getResponseHeaders().set("Allow", "POST");
                        sendErrors(ex, 405, lang, Msg.HTTP_METHOD.format(lang, ex.getRequestMethod(), path, "POST"));
                    } else {
                        check(ex, query, lang);
                    }
                }
                default -> sendErrors(ex, 404, lang, Msg.HTTP_NOT_FOUND.format(lang, path));
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            err.println("dxcheck serve: " + Msg.INTERNAL_ERROR.format(Lang.EN, e));
            if (System.getenv("DXCHECK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            try {
                sendErrors(ex, 500, lang, Msg.INTERNAL_ERROR.format(lang, e.getClass().getSimpleName()));
            } catch (IOException | RuntimeException ignored) {
                // headers may already be sent
            }
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void onlyGet(HttpExchange ex, Lang lang, Action action) throws IOException {
        if ("GET".equals(ex.getRequestMethod())) {
            action.run();
        } else {
            ex.getResponseHeaders().set("Allow", "GET");
            sendErrors(ex, 405, lang, Msg.HTTP_METHOD.format(lang, ex.getRequestMethod(),
                    ex.getRequestURI().getRawPath(), "GET"));
        }
    }

    // ---- GET /, /health, /api/rules -------------------------------------------------------------------------

    private void page(HttpExchange ex, Lang lang) throws IOException {
        ObjectNode config = Json.MAPPER.createObjectNode()
                .put("lang", lang == Lang.EN ? "en" : "vi")
                .put("version", Version.get())
                .put("pasted", PASTED)
                .put("uploadPolicy", options.allowUploadPolicy());
        String html = page.replace("\"__DXCHECK_CONFIG__\"", config.toString().replace("</", "<\\/"))
                .replace("<html lang=\"vi\">", "<html lang=\"" + (lang == Lang.EN ? "en" : "vi") + "\">");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void health(HttpExchange ex, Lang lang) throws IOException {
        LiveRules.Snapshot s = rules.current();
        ObjectNode o = Json.MAPPER.createObjectNode().put("status", "ok").put("rules", s.rules().rules().size())
                .put("rulesVersion", s.version());
        InvalidInputException broken = rules.error();
        if (broken != null) {
            o.put("rulesError", String.join("\n", broken.lines(lang)));
        }
        sendJson(ex, 200, o);
    }

    private void catalogue(HttpExchange ex) throws IOException {
        LiveRules.Snapshot s = rules.current();
        ObjectNode root = Json.MAPPER.createObjectNode().put("rulesVersion", s.version());
        ArrayNode list = root.putArray("rules");
        for (RuleInfo r : s.rules().rules().values()) {
            ObjectNode o = list.addObject().put("id", r.id()).put("severity", r.severity().id());
            o.putObject("title").put("vi", r.titleVi()).put("en", r.titleEn());
            o.putObject("legalBasis").put("vi", r.legalBasisVi()).put("en", r.legalBasisEn());
            o.putObject("remediation").put("vi", r.remediationVi()).put("en", r.remediationEn());
            ArrayNode keys = o.putArray("policyKeys");
            r.policyKeys().forEach(keys::add);
        }
        sendJson(ex, 200, root);
    }

    // ---- POST /api/check --------------------------------------------------------------------------------------

    private void check(HttpExchange ex, Map<String, String> query, Lang queryLang) throws IOException {
        byte[] body = readBody(ex);
        if (body == null) {
            sendErrors(ex, 413, queryLang, Msg.HTTP_TOO_LARGE.format(queryLang, options.maxBody()));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>(query);
        LinkedHashMap<String, byte[]> docs = new LinkedHashMap<>();
        LinkedHashMap<String, byte[]> policies = new LinkedHashMap<>();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "multipart/form-data" -> {
                String boundary = Multipart.boundary(type);
                List<Multipart.Part> parts;
                try {
                    if (boundary == null) {
                        throw new Multipart.Malformed("no boundary parameter in Content-Type");
                    }
                    parts = Multipart.parse(body, boundary);
                } catch (Multipart.Malformed e) {
                    sendErrors(ex, 400, queryLang, Msg.HTTP_BAD_FORM.format(queryLang, e.getMessage()));
                    return;
                }
                for (Multipart.Part p : parts) {
                    switch (p.name()) {
                        case "files", "file" -> {
                            if (p.data().length > 0 || (p.filename() != null && !p.filename().isEmpty())) {
                                docs.put(CheckService.unique(CheckService.safeName(p.filename(), PASTED), docs),
                                        p.data());
                            }
                        }
                        case "policy" -> {
                            if (p.data().length > 0) {
                                String name = CheckService.safeName(p.filename(), "policy.yaml");
                                policies.put(CheckService.unique(name, docs.containsKey(name) ? docs : policies),
                                        p.data());
                            }
                        }
                        case "asOf", "lang", "format" -> fields.put(p.name(), p.text().trim());
                        default -> {
                            // other fields are ignored, as a form may carry buttons and the like
                        }
                    }
                }
            }
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain" ->
                    docs.put(CheckService.safeName(fields.get("name"), PASTED), body);
            default -> {
                sendErrors(ex, 415, queryLang, Msg.HTTP_CONTENT_TYPE.format(queryLang, type == null ? "" : type));
                return;
            }
        }
        String l = fields.getOrDefault("lang", "vi");
        if (!l.equals("vi") && !l.equals("en")) {
            sendErrors(ex, 400, queryLang, Msg.HTTP_BAD_PARAM.format(queryLang, "lang", "'" + l + "' (vi | en)"));
            return;
        }
        Lang lang = Lang.parse(l);
        String format = fields.getOrDefault("format", "json");
        List<String> formats = List.of("json", "html");
        if (!formats.contains(format)) {
            sendErrors(ex, 400, lang, Msg.HTTP_BAD_PARAM.format(lang, "format",
                    "'" + format + "' (" + String.join(" | ", formats) + ")"));
            return;
        }
        LocalDate asOf;
        try {
            String d = fields.get("asOf");
            asOf = d == null || d.isEmpty() ? LocalDate.now() : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            sendErrors(ex, 400, lang, Msg.HTTP_BAD_PARAM.format(lang, "asOf", "'" + fields.get("asOf") + "' (YYYY-MM-DD)"));
            return;
        }
        LiveRules.Snapshot snapshot = rules.current();
        Future<Report> future;
        try {
            future = checks.submit(() -> CheckService.check(snapshot, docs, policies, asOf, options.allowUploadPolicy()));
        } catch (RejectedExecutionException e) {
            ex.getResponseHeaders().set("Retry-After", "5");
            sendErrors(ex, 503, lang, Msg.HTTP_BUSY.format(lang));
            return;
        }
        Report report;
        try {
            report = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            ex.getResponseHeaders().set("Retry-After", "5");
            sendErrors(ex, 503, lang, Msg.HTTP_TIMEOUT.format(lang, Math.max(1, options.timeout().toSeconds())));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sendErrors(ex, 503, lang, Msg.HTTP_BUSY.format(lang));
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                sendJson(ex, 400, errors(invalid, lang));
                return;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        ex.getResponseHeaders().set("X-Dxcheck-Exit-Code", failing(report) ? "1" : "0");
        ex.getResponseHeaders().set("X-Dxcheck-Rules-Version", snapshot.version());
        String rendered = Reporters.byName(format).render(report, lang);
        send(ex, 200, format.equals("html") ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
                rendered.getBytes(StandardCharsets.UTF_8));
    }

    /** As `check` exits with 1 at the default --fail-on error: an error finding that no waiver covers. */
    private static boolean failing(Report report) {
        for (Finding f : report.findings()) {
            if (!f.isWaived() && f.getSeverity().atLeast(Severity.ERROR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body, or null when it is over --max-body; then as much of the rest as is reasonable is read and thrown
     * away, so the client can read the 413 instead of a reset connection.
     */
    private byte[] readBody(HttpExchange ex) throws IOException {
        long max = options.maxBody();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        InputStream in = ex.getRequestBody();
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    drain(in);
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            drain(in);
            return null;
        }
        return body;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buf)) >= 0) {
            total += n;
        }
    }

    // ---- responses ----------------------------------------------------------------------------------------------

    /** {"errors":[{"file","line","column","field","message"}]}: where each problem is, as `check` prints them. */
    static ObjectNode errors(InvalidInputException e, Lang lang) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (InputError error : e.errors()) {
            ObjectNode o = list.addObject();
            if (error.location() != null) {
                o.put("file", error.location().file()).put("line", error.location().line())
                        .put("column", error.location().column());
            } else {
                o.putNull("file").putNull("line").putNull("column");
            }
            o.put("field", error.field() == null ? "" : error.field())
                    .put("message", error.msg().format(lang, error.args()));
        }
        List<String> lines = e.lines(lang);
        if (lines.size() > e.errors().size()) {
            root.put("more", lines.get(lines.size() - 1));
        }
        return root;
    }

    private static void sendErrors(HttpExchange ex, int status, Lang lang, String message) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("errors").addObject().putNull("file").putNull("line").putNull("column").put("field", "")
                .put("message", message);
        sendJson(ex, status, root);
    }

    private static void sendJson(HttpExchange ex, int status, ObjectNode o) throws IOException {
        send(ex, status, "application/json; charset=utf-8",
                Json.write(o).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                q.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                // a malformed escape: ignore that pair
            }
        }
        return q;
    }
}
