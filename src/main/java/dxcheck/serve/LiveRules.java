package dxcheck.serve;

import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleSources;
import dxcheck.load.ErrorList;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.run.CheckRunner;
import dxcheck.run.RulesFolder;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules a server checks with: built once at start, rebuilt in the background when the content of the rules
 * folder (its .drl files, kmodule.xml, policy.yaml) or of a --policy file changes, and swapped in whole. A change is
 * built only once it has settled — the same content on polls at least {@link #settleMillis} apart — so a file an
 * editor is still saving is never served half-written; and it is built from exactly the bytes whose hash is its
 * version. A rule base that does not build never replaces the one serving; its errors are kept for /health and
 * written to stderr.
 */
public final class LiveRules implements AutoCloseable {
    /** One consistent set: the compiled rules, the base policy beside them, the server's --policy files. */
    public record Snapshot(RuleBase rules, PolicyDocument basePolicy, List<PolicyDocument> serverPolicies,
                           String version) {
    }

    /** The bytes of every file the rules are made of, read once, and the short hash of them all. */
    private record Read(RuleSources sources, Map<String, byte[]> policies, String version,
                        InvalidInputException unreadable) {
    }

    private final Path rulesDir;
    private final String kbase;
    private final List<String> policyFiles;
    private final Lang lang;
    private final PrintWriter err;
    private final long settleMillis;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<InvalidInputException> error = new AtomicReference<>();
    private volatile String lastAttempted;
    private String pending;
    private long pendingSince;
    private ScheduledExecutorService poller;

    private LiveRules(Path rulesDir, String kbase, List<String> policyFiles, Lang lang, PrintWriter err,
                      long settleMillis) {
        this.rulesDir = rulesDir;
        this.kbase = kbase;
        this.policyFiles = List.copyOf(policyFiles);
        this.lang = lang;
        this.err = err;
        this.settleMillis = settleMillis;
    }

    /** Builds the rules now (failing when they do not build) and, when pollMillis > 0, watches them. */
    public static LiveRules start(Path rulesDir, String kbase, List<String> policyFiles, long pollMillis, Lang lang,
                                  PrintWriter err) throws InvalidInputException {
        LiveRules live = new LiveRules(rulesDir, kbase, policyFiles, lang, err, 2 * Math.max(pollMillis, 50));
        Read first = live.read();
        live.current.set(live.build(first));
        live.lastAttempted = first.version();
        if (pollMillis > 0) {
            live.poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dxcheck-rules-watch");
                t.setDaemon(true);
                return t;
            });
            live.poller.scheduleWithFixedDelay(live::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
        return live;
    }

    public Snapshot current() {
        return current.get();
    }

    /** Why the newest rules do not build (the older ones are serving), or null. */
    public InvalidInputException error() {
        return error.get();
    }

    /**
     * Rebuilds when the content changed since the last attempt and has stayed the same for the settle time; true
     * when a new rule base was swapped in.
     */
    public synchronized boolean reloadIfChanged() {
        Read now = read();
        if (now.version().equals(lastAttempted)) {
            pending = null;
            return false;
        }
        long t = System.nanoTime();
        if (!now.version().equals(pending)) {
            pending = now.version(); // a file is changing: wait until it has stopped
            pendingSince = t;
            return false;
        }
        if (t - pendingSince < settleMillis * 1_000_000L) {
            return false;
        }
        pending = null;
        lastAttempted = now.version();
        try {
            Snapshot built = build(now);
            current.set(built);
            error.set(null);
            err.println(Msg.SERVE_RULES_RELOADED.format(lang, built.rules().rules().size(), built.version()));
            err.flush();
            return true;
        } catch (InvalidInputException e) {
            error.set(e);
            err.println(Msg.SERVE_RULES_BROKEN.format(lang, current.get().version()));
            e.lines(lang).forEach(l -> err.println("  " + l));
            err.flush();
            return false;
        }
    }

    private void pollQuietly() {
        try {
            reloadIfChanged();
        } catch (RuntimeException e) {
            err.println("dxcheck serve: " + Msg.INTERNAL_ERROR.format(lang, Shown.echo(e.toString())));
            err.flush();
        }
    }

    private Snapshot build(Read r) throws InvalidInputException {
        if (r.unreadable() != null) {
            throw r.unreadable();
        }
        RulesFolder folder = RulesFolder.open(r.sources(), kbase);
        List<PolicyDocument> server = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : r.policies().entrySet()) {
            server.addAll(CheckRunner.onlyPolicies(Loader.loadBytes(Map.of(p.getKey(), p.getValue())), p.getKey(),
                    PolicyDocument.Origin.OPTION));
        }
        return new Snapshot(folder.rules(), folder.basePolicy(), List.copyOf(server), r.version());
    }

    /** Reads every file once; the version is a short hash of exactly these bytes (and the rule pack's name). */
    private Read read() {
        RuleSources sources = null;
        Map<String, byte[]> policies = new LinkedHashMap<>();
        InvalidInputException unreadable = null;
        try {
            sources = RuleSources.read(rulesDir);
            for (String p : policyFiles) {
                policies.put(p, readPolicy(p));
            }
        } catch (InvalidInputException e) {
            unreadable = e;
        }
        String version = unreadable == null ? dxcheck.run.RulesVersion.of(sources, policies, kbase)
                : dxcheck.run.RulesVersion.unreadable(unreadable, kbase);
        return new Read(sources, policies, version, unreadable);
    }

    private static byte[] readPolicy(String file) throws InvalidInputException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw ErrorList.unreadable(new Location(file, 0, 0), e);
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
