package dxcheck.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.load.InputError;
import dxcheck.load.CannotRunException;
import dxcheck.model.FailOn;
import dxcheck.report.Json;
import dxcheck.report.RenderOptions;
import dxcheck.report.Report;
import dxcheck.report.Reporters;
import dxcheck.run.CheckOptions;
import dxcheck.run.OptionValues;
import dxcheck.run.RuleSet;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
    private final ServedRules rules;
    private final ThreadPoolExecutor checks;
    private final ScheduledExecutorService timer;

    CheckEndpoint(ServeOptions options, ServedRules rules, ThreadPoolExecutor checks, ScheduledExecutorService timer) {
        this.options = options;
        this.rules = rules;
        this.checks = checks;
        this.timer = timer;
    }

    void handle(Exchange x, Map<String, String> query, Lang queryLang) {
        long waited = Math.max(0, System.nanoTime() - x.request.getHeadersNanoTime());
        String declared = x.header("Content-Length");
        // a body announced over the limit is still read and thrown away when it is at most twice the limit (see
        // BodyReader), so that the client, still sending, gets the 413 instead of a reset connection
        long drainable = options.maxBody() > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * options.maxBody();
        if (declared != null && tooLarge(declared, drainable)) {
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

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
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
        CheckForm form = CheckForm.parse(x, body, query, queryLang);
        if (form == null) {
            return;
        }
        Asked asked;
        try {
            asked = asked(form.fields(), queryLang);
        } catch (BadParameter e) {
            x.sendError(400, Msg.HTTP_BAD_PARAM.format(e.lang, e.name, e.bad.expected()));
            return;
        }
        run(x, form, asked, options.timeout().toNanos() - waited);
    }

    /** The check's options and the report's format, as the request's parameters ask. */
    private record Asked(CheckOptions options, String format) {
    }

    /** A parameter the request gave a value it does not take, said in the language of the request (once known). */
    private static final class BadParameter extends Exception {
        final String name;
        final OptionValues.Bad bad;
        final Lang lang;

        BadParameter(String name, OptionValues.Bad bad, Lang lang) {
            super(name, null, false, false);
            this.name = name;
            this.bad = bad;
            this.lang = lang;
        }
    }

    /** lang, format and asOf, each by the parser the command line's options use. */
    private Asked asked(Map<String, String> fields, Lang queryLang) throws BadParameter {
        Lang lang = param(fields, "lang", "vi", OptionValues::lang, queryLang);
        String format = param(fields, "format", "json", v -> OptionValues.format(v, FORMATS), lang);
        LocalDate asOf = param(fields, "asOf", null, OptionValues::asOf, lang);
        return new Asked(new CheckOptions(lang, asOf, FailOn.ERROR, false, options.uploadPolicy()), format);
    }

    private static <T> T param(Map<String, String> fields, String name, String absent, OptionValues.Parser<T> parser,
                               Lang lang)
            throws BadParameter {
        try {
            return parser.parse(fields.getOrDefault(name, absent));
        } catch (OptionValues.Bad e) {
            throw new BadParameter(name, e, lang);
        }
    }

    private void run(Exchange x, CheckForm form, Asked asked, long nanosLeft) {
        RuleSet snapshot = rules.current();
        Lang lang = asked.options().lang();
        FutureTask<Report> task = new FutureTask<>(() -> CheckService.check(snapshot, form.docs(), form.policies(),
                asked.options())) {
            @Override
            protected void done() {
                if (!isCancelled()) {
                    answer(x, this, snapshot, asked);
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

    private void answer(Exchange x, FutureTask<Report> task, RuleSet snapshot, Asked asked) {
        Lang lang = asked.options().lang();
        String format = asked.format();
        Report report;
        try {
            report = task.get();
        } catch (InterruptedException | CancellationException e) {
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CannotRunException invalid) {
                x.sendJson(400, errors(invalid, lang));
            } else if (!(e.getCause() instanceof CancellationException)) {
                x.sendError(500, Msg.INTERNAL_ERROR.format(lang, e.getCause().getClass().getSimpleName()));
            }
            return;
        }
        x.setHeader("X-Dxcheck-Exit-Code", report.failing(asked.options().failOn()) ? "1" : "0");
        x.setHeader("X-Dxcheck-Rules-Version", snapshot.version());
        String rendered = Reporters.byName(format, RenderOptions.DEFAULT).render(report, lang);
        if (format.equals("html")) {
            x.setHeader("Content-Security-Policy", Router.REPORT_CSP);
        }
        x.send(200, format.equals("html") ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
                rendered.getBytes(StandardCharsets.UTF_8));
    }

    /** {"errors":[{"file","line","column","field","message","hint"?}]}: where each problem is, as `check` prints them. */
    static ObjectNode errors(CannotRunException e, Lang lang) {
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
