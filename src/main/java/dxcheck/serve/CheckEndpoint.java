package dxcheck.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.load.InputError;
import dxcheck.load.InvalidInputException;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.report.Json;
import dxcheck.report.Report;
import dxcheck.report.Reporters;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POST /api/check. The body is read without holding a thread (a client that sends it slowly costs a connection, not
 * a thread) and at most for --body-timeout; the check then runs on the bounded check pool and is answered within
 * --timeout, counted from the moment the body is in and less the time the request waited for a server thread: a
 * check still queued or running at that moment is given up (its thread interrupted, which stops loading and firing).
 */
final class CheckEndpoint {
    private static final List<String> FORMATS = List.of("json", "html");

    private final ServeOptions options;
    private final LiveRules rules;
    private final ThreadPoolExecutor checks;
    private final ScheduledExecutorService timer;

    CheckEndpoint(ServeOptions options, LiveRules rules, ThreadPoolExecutor checks, ScheduledExecutorService timer) {
        this.options = options;
        this.rules = rules;
        this.checks = checks;
        this.timer = timer;
    }

    /** What a request asks for, once its body is parsed. */
    private record Ask(LinkedHashMap<String, byte[]> docs, LinkedHashMap<String, byte[]> policies,
                       Map<String, String> fields) {
    }

    void handle(Exchange x, Map<String, String> query, Lang queryLang) {
        long waited = Math.max(0, System.nanoTime() - x.request.getHeadersNanoTime());
        String declared = x.header("Content-Length");
        if (declared != null && tooLarge(declared)) {
            x.setHeader("Connection", "close");
            x.sendError(413, Msg.HTTP_TOO_LARGE.format(queryLang, options.maxBody()));
            return;
        }
        var body = BodyReader.read(x.request, options.maxBody());
        var timeout = timer.schedule(() -> x.request.fail(new TimeoutException("the body took too long")),
                options.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        body.whenComplete((bytes, failure) -> {
            timeout.cancel(false);
            if (failure != null) {
                bodyFailed(x, failure, queryLang);
            } else {
                onBody(x, bytes, query, queryLang, waited);
            }
        });
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > options.maxBody();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void bodyFailed(Exchange x, Throwable failure, Lang lang) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                ? c.getCause() : failure;
        x.setHeader("Connection", "close");
        if (cause instanceof TimeoutException) {
            x.sendError(408, Msg.HTTP_SLOW_BODY.format(lang, options.bodyTimeout().toSeconds()));
        } else if (cause instanceof BodyReader.TooLarge) {
            x.sendError(413, Msg.HTTP_TOO_LARGE.format(lang, options.maxBody()));
        } else {
            x.abort(cause);
        }
    }

    private void onBody(Exchange x, byte[] body, Map<String, String> query, Lang queryLang, long waited) {
        Ask ask = parse(x, body, query, queryLang);
        if (ask == null) {
            return;
        }
        String l = ask.fields().getOrDefault("lang", "vi");
        if (!l.equals("vi") && !l.equals("en")) {
            x.sendError(400, Msg.HTTP_BAD_PARAM.format(queryLang, "lang", "'" + Shown.echo(l) + "' (vi | en)"));
            return;
        }
        Lang lang = Lang.parse(l);
        String format = ask.fields().getOrDefault("format", "json");
        if (!FORMATS.contains(format)) {
            x.sendError(400, Msg.HTTP_BAD_PARAM.format(lang, "format",
                    "'" + Shown.echo(format) + "' (" + String.join(" | ", FORMATS) + ")"));
            return;
        }
        LocalDate asOf;
        try {
            String d = ask.fields().get("asOf");
            asOf = d == null || d.isEmpty() ? LocalDate.now() : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            x.sendError(400, Msg.HTTP_BAD_PARAM.format(lang, "asOf",
                    "'" + Shown.echo(ask.fields().get("asOf")) + "' (YYYY-MM-DD)"));
            return;
        }
        run(x, ask, asOf, lang, format, options.timeout().toNanos() - waited);
    }

    /** The documents, policies and fields of the body, or null when the body could not be read (then answered). */
    private Ask parse(Exchange x, byte[] body, Map<String, String> query, Lang queryLang) {
        Map<String, String> fields = new LinkedHashMap<>(query);
        LinkedHashMap<String, byte[]> docs = new LinkedHashMap<>();
        LinkedHashMap<String, byte[]> policies = new LinkedHashMap<>();
        String type = x.header("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "multipart/form-data" -> {
                List<Multipart.Part> parts;
                try {
                    String boundary = Multipart.boundary(type);
                    if (boundary == null) {
                        throw new Multipart.Malformed("no boundary parameter in Content-Type");
                    }
                    parts = Multipart.parse(body, boundary);
                } catch (Multipart.Malformed e) {
                    x.sendError(400, Msg.HTTP_BAD_FORM.format(queryLang, Shown.echo(e.getMessage())));
                    return null;
                }
                parts.forEach(p -> addPart(p, docs, policies, fields));
            }
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain" ->
                    docs.put(CheckService.safeName(fields.get("name"), DxServer.PASTED), body);
            default -> {
                x.sendError(415, Msg.HTTP_CONTENT_TYPE.format(queryLang, Shown.echo(type == null ? "" : type)));
                return null;
            }
        }
        return new Ask(docs, policies, fields);
    }

    private static void addPart(Multipart.Part p, LinkedHashMap<String, byte[]> docs,
                                LinkedHashMap<String, byte[]> policies, Map<String, String> fields) {
        switch (p.name()) {
            case "files", "file" -> {
                if (p.data().length > 0 || (p.filename() != null && !p.filename().isEmpty())) {
                    docs.put(CheckService.unique(CheckService.safeName(p.filename(), DxServer.PASTED), docs), p.data());
                }
            }
            case "policy" -> {
                if (p.data().length > 0) {
                    String name = CheckService.safeName(p.filename(), "policy.yaml");
                    policies.put(CheckService.unique(name, docs.containsKey(name) ? docs : policies), p.data());
                }
            }
            case "asOf", "lang", "format" -> fields.put(p.name(), p.text().trim());
            default -> {
                // other fields are ignored, as a form may carry buttons and the like
            }
        }
    }

    private void run(Exchange x, Ask ask, LocalDate asOf, Lang lang, String format, long nanosLeft) {
        LiveRules.Snapshot snapshot = rules.current();
        FutureTask<Report> task = new FutureTask<>(() -> CheckService.check(snapshot, ask.docs(), ask.policies(), asOf,
                options.allowUploadPolicy())) {
            @Override
            protected void done() {
                if (!isCancelled()) {
                    answer(x, this, snapshot, lang, format);
                }
            }
        };
        try {
            checks.execute(task);
        } catch (RejectedExecutionException e) {
            x.setHeader("Retry-After", "5");
            x.sendError(503, Msg.HTTP_BUSY.format(lang));
            return;
        }
        timer.schedule(() -> {
            if (!task.isDone() && x.claim()) {
                task.cancel(true); // queued: never runs; running: interrupted, which stops loading and the rules
                x.setHeader("Retry-After", "5");
                x.sendErrorClaimed(503, Msg.HTTP_TIMEOUT.format(lang, Math.max(1, options.timeout().toSeconds())));
            }
        }, Math.max(0, nanosLeft), TimeUnit.NANOSECONDS);
    }

    private void answer(Exchange x, FutureTask<Report> task, LiveRules.Snapshot snapshot, Lang lang, String format) {
        Report report;
        try {
            report = task.get();
        } catch (InterruptedException | CancellationException e) {
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                x.sendJson(400, errors(invalid, lang));
            } else if (!(e.getCause() instanceof CancellationException)) {
                x.sendError(500, Msg.INTERNAL_ERROR.format(lang, e.getCause().getClass().getSimpleName()));
            }
            return;
        }
        x.setHeader("X-Dxcheck-Exit-Code", failing(report) ? "1" : "0");
        x.setHeader("X-Dxcheck-Rules-Version", snapshot.version());
        String rendered = Reporters.byName(format).render(report, lang);
        if (format.equals("html")) {
            x.setHeader("Content-Security-Policy", Router.REPORT_CSP);
        }
        x.send(200, format.equals("html") ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
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

    /** {"errors":[{"file","line","column","field","message","hint"?}]}: where each problem is, as `check` prints them. */
    static ObjectNode errors(InvalidInputException e, Lang lang) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (InputError error : e.errors()) {
            ObjectNode o = list.addObject();
            if (error.location() != null) {
                o.put("file", error.location().file()).put("line", error.location().line())
                        .put("column", error.location().column());
                dxcheck.report.JsonReporter.cell(o, error.location());
            } else {
                o.putNull("file").putNull("line").putNull("column");
            }
            o.put("field", error.field() == null ? "" : Shown.echo(error.field())).put("message", error.message(lang));
            if (error.hint(lang) != null) {
                o.put("hint", error.hint(lang));
            }
        }
        List<String> lines = e.lines(lang);
        if (lines.size() > e.errors().size()) {
            root.put("more", lines.get(lines.size() - 1));
        }
        return root;
    }
}
