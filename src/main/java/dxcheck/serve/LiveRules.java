package dxcheck.serve;

import dxcheck.engine.RuleBase;
import dxcheck.load.InvalidInputException;
import dxcheck.model.PolicyDocument;
import dxcheck.run.CheckRunner;
import dxcheck.run.RulesFolder;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules a server checks with: built once at start, rebuilt in the background when the content of the rules
 * folder (its .drl files, kmodule.xml, policy.yaml) or of a --policy file changes, and swapped in whole. A rule
 * base that does not build never replaces the one serving; its errors are kept for /health and written to stderr.
 */
public final class LiveRules implements AutoCloseable {
    /** One consistent set: the compiled rules, the base policy beside them, the server's --policy files. */
    public record Snapshot(RuleBase rules, PolicyDocument basePolicy, List<PolicyDocument> serverPolicies,
                           String version) {
    }

    private final Path rulesDir;
    private final String kbase;
    private final List<String> policyFiles;
    private final Lang lang;
    private final PrintWriter err;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<InvalidInputException> error = new AtomicReference<>();
    private volatile String lastAttempted;
    private ScheduledExecutorService poller;

    private LiveRules(Path rulesDir, String kbase, List<String> policyFiles, Lang lang, PrintWriter err) {
        this.rulesDir = rulesDir;
        this.kbase = kbase;
        this.policyFiles = List.copyOf(policyFiles);
        this.lang = lang;
        this.err = err;
    }

    /** Builds the rules now (failing when they do not build) and, when pollMillis > 0, watches them. */
    public static LiveRules start(Path rulesDir, String kbase, List<String> policyFiles, long pollMillis, Lang lang,
                                  PrintWriter err) throws InvalidInputException {
        LiveRules live = new LiveRules(rulesDir, kbase, policyFiles, lang, err);
        String version = live.contentHash();
        live.current.set(live.build(version));
        live.lastAttempted = version;
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

    /** Rebuilds when the content changed since the last attempt; true when a new rule base was swapped in. */
    public synchronized boolean reloadIfChanged() {
        String version = contentHash();
        if (version.equals(lastAttempted)) {
            return false;
        }
        lastAttempted = version;
        try {
            Snapshot built = build(version);
            current.set(built);
            error.set(null);
            err.println(Msg.SERVE_RULES_RELOADED.format(lang, built.rules().rules().size(), version));
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
            err.println("dxcheck serve: " + Msg.INTERNAL_ERROR.format(lang, e));
            err.flush();
        }
    }

    private Snapshot build(String version) throws InvalidInputException {
        RulesFolder folder = RulesFolder.open(rulesDir, kbase);
        return new Snapshot(folder.rules(), folder.basePolicy(), CheckRunner.policyDocuments(policyFiles), version);
    }

    /** A short hash of what the rules are made of (see RulesVersion). */
    String contentHash() {
        return dxcheck.run.RulesVersion.of(rulesDir, policyFiles, kbase);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
