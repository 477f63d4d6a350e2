package dxcheck.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.engine.RuleInfo;
import dxcheck.engine.ToolVersion;
import dxcheck.load.CannotRunException;
import dxcheck.run.OptionValues;
import dxcheck.run.RuleSet;
import dxcheck.report.Json;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routes: the workbench (GET /), GET /health, GET /api/rules, POST /api/check. Paths are fixed strings compared
 * without decoding or resolving, so no request names a file. Every answer says nosniff and no-store; pages carry a
 * Content-Security-Policy (the workbench's one script runs by a nonce made per answer, nothing else does).
 */
final class Router extends Handler.Abstract {
    /** For an HTML report: no script at all, its own styles and data: images only. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServeOptions options;
    private final ServedRules rules;
    private final RequestGuard guard;
    private final CheckEndpoint checks;
    private final SlowClients slow;
    private final PrintWriter err;
    private final String page;

    Router(ServeOptions options, ServedRules rules, RequestGuard guard, CheckEndpoint checks, SlowClients slow,
           PrintWriter err, String page) {
        this.options = options;
        this.rules = rules;
        this.guard = guard;
        this.checks = checks;
        this.slow = slow;
        this.err = err;
        this.page = page;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        slow.requestStarted(request);
        Exchange x = new Exchange(request, response, callback);
        Map<String, String> query = query(request.getHttpURI().getQuery());
        Lang lang = OptionValues.langOr(query.get("lang"), Lang.VI);
        x.setHeader("X-Content-Type-Options", "nosniff");
        x.setHeader("Cache-Control", "no-store");
        x.setHeader("Referrer-Policy", "no-referrer");
        try {
            route(x, query, lang);
        } catch (RuntimeException e) {
            err.println("dxcheck serve: " + Msg.INTERNAL_ERROR.format(Lang.EN, Shown.echo(e.toString())));
            if (System.getenv("DXCHECK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            x.sendError(500, Msg.INTERNAL_ERROR.format(lang, e.getClass().getSimpleName()));
        }
        return true;
    }

    private void route(Exchange x, Map<String, String> query, Lang lang) {
        String host = x.header("Host");
        if (!guard.hostAllowed(host)) {
            x.setHeader("Connection", "close");
            x.sendError(421, Msg.HTTP_BAD_HOST.format(lang, Shown.echo(host == null ? "" : host)));
            return;
        }
        String path = x.request.getHttpURI().getPath();
        String method = x.request.getMethod();
        switch (path == null ? "" : path) {
            case "/" -> onlyGet(x, lang, () -> page(x, lang));
            case "/health" -> onlyGet(x, lang, () -> health(x, lang));
            case "/api/rules" -> onlyGet(x, lang, () -> catalogue(x));
            case "/api/check" -> {
                if (!"POST".equals(method)) {
                    x.setHeader("Allow", "POST");
                    x.sendError(405, Msg.HTTP_METHOD.format(lang, Shown.echo(method), path, "POST"));
                } else if (!RequestGuard.sameOriginOrMarked(x.header(RequestGuard.MARK), x.header("Origin"),
                        x.header("Sec-Fetch-Site"), host)) {
                    x.sendError(403, Msg.HTTP_CROSS_SITE.format(lang));
                } else {
                    checks.handle(x, query, lang);
                }
            }
            default -> x.sendError(404, Msg.HTTP_NOT_FOUND.format(lang, Shown.echo(path)));
        }
    }

    private static void onlyGet(Exchange x, Lang lang, Runnable action) {
        if ("GET".equals(x.request.getMethod())) {
            action.run();
        } else {
            x.setHeader("Allow", "GET");
            x.sendError(405, Msg.HTTP_METHOD.format(lang, Shown.echo(x.request.getMethod()),
                    Shown.echo(x.request.getHttpURI().getPath()), "GET"));
        }
    }

    private void page(Exchange x, Lang lang) {
        byte[] nonceBytes = new byte[18];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        ObjectNode config = Json.MAPPER.createObjectNode()
                .put("lang", lang == Lang.EN ? "en" : "vi")
                .put("version", ToolVersion.get())
                .put("pasted", DxServer.PASTED)
                .put("uploadPolicy", options.allowUploadPolicy());
        String html = page.replace("\"__DXCHECK_CONFIG__\"", config.toString().replace("</", "<\\/"))
                .replace("__DXCHECK_NONCE__", nonce)
                .replace("<html lang=\"vi\">", "<html lang=\"" + (lang == Lang.EN ? "en" : "vi") + "\">");
        x.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; "
                + "style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'");
        x.send(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void health(Exchange x, Lang lang) {
        RuleSet s = rules.current();
        ObjectNode o = Json.MAPPER.createObjectNode().put("status", "ok").put("rules", s.rules().rules().size())
                .put("rulesVersion", s.version());
        CannotRunException broken = rules.error();
        if (broken != null) {
            o.put("rulesError", String.join("\n", broken.lines(lang)));
        }
        x.sendJson(200, o);
    }

    private void catalogue(Exchange x) {
        RuleSet s = rules.current();
        ObjectNode root = Json.MAPPER.createObjectNode().put("rulesVersion", s.version());
        ArrayNode list = root.putArray("rules");
        for (RuleInfo r : s.rules().rules().values()) {
            ObjectNode o = list.addObject().put("id", r.id()).put("severity", r.severity().id());
            o.putObject("title").put("vi", r.titleVi()).put("en", r.titleEn());
            java.time.LocalDate today = java.time.LocalDate.now();
            o.putObject("legalBasis").put("vi", r.legalBasis(Lang.VI, today)).put("en", r.legalBasis(Lang.EN, today));
            o.putObject("references").put("vi", r.references(Lang.VI, today)).put("en", r.references(Lang.EN, today));
            o.putObject("remediation").put("vi", r.remediationVi()).put("en", r.remediationEn());
            ArrayNode keys = o.putArray("policyKeys");
            r.policyKeys().forEach(keys::add);
        }
        x.sendJson(200, root);
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
            } catch (IllegalArgumentException malformedEscape) {
                continue; // a pair that cannot be decoded is no parameter at all
            }
        }
        return q;
    }
}
