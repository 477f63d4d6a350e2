package dxcheck.serve;

import dxcheck.load.CannotRunException;
import dxcheck.run.LiveRuleSet;
import dxcheck.run.Poller;
import dxcheck.run.RuleSet;
import dxcheck.run.RuleSets;
import dxcheck.run.RulesRead;
import dxcheck.run.RulesRequest;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The rules a server checks with: built at start, rebuilt in the background when the content of the rules folder or
 * of a --policy file changes and has settled (the same content on polls at least two poll intervals apart: a file an
 * editor is still saving is never served half-written), from exactly the bytes whose hash is the version, and swapped
 * in whole ({@link LiveRuleSet}, {@link Poller}). A rule set that does not build never replaces the one serving; its
 * errors are kept for /health and written to standard error.
 */
public final class ServedRules implements AutoCloseable {
    private final LiveRuleSet live;
    private final Poller<RulesRead> poller;
    private final Lang lang;
    private final PrintWriter err;

    private ServedRules(RuleSets sets, RulesRequest request, long pollMillis, Lang lang, PrintWriter err) {
        this.live = new LiveRuleSet(sets);
        this.lang = lang;
        this.err = err;
        this.poller = new Poller<>(() -> sets.read(request), RulesRead::same,
                Duration.ofMillis(2 * Math.max(pollMillis, 50)), this::reload);
    }

    /** Builds the rules now (failing when they do not build) and, when pollMillis > 0, watches them. */
    static ServedRules start(RuleSets sets, RulesRequest request, long pollMillis, Lang lang, PrintWriter err)
            throws CannotRunException {
        ServedRules served = new ServedRules(sets, request, pollMillis, lang, err);
        RulesRead first = sets.read(request);
        served.live.start(first);
        served.poller.primed(first);
        if (pollMillis > 0) {
            served.poller.every(Duration.ofMillis(pollMillis), "dxcheck-rules-watch", served::pollFailed);
        }
        return served;
    }

    public RuleSet current() {
        return live.current();
    }

    /** Why the newest rules do not build (the older ones are serving), or null. */
    public CannotRunException error() {
        return live.error();
    }

    private void reload(RulesRead read) {
        String serving = live.current().version();
        if (live.apply(read) == LiveRuleSet.Outcome.BUILT) {
            err.println(Msg.SERVE_RULES_RELOADED.format(lang, live.current().rules().rules().size(),
                    live.current().version()));
        } else {
            err.println(Msg.SERVE_RULES_BROKEN.format(lang, serving));
            live.error().lines(lang).forEach(l -> err.println("  " + l));
        }
        err.flush();
    }

    private void pollFailed(RuntimeException e) {
        err.println("dxcheck serve: " + Msg.INTERNAL_ERROR.format(lang, Shown.echo(e.toString())));
        err.flush();
    }

    @Override
    public void close() {
        poller.close();
    }
}
