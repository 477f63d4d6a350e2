package dxcheck.run;

import dxcheck.load.CannotRunException;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules a long-running command checks with (watch, serve): the last rule set that built, replaced whole when a
 * newer read of its files builds. A read that does not build never replaces the one in use; why it failed is kept
 * (serve's /health shows it) until a newer one builds.
 */
public final class LiveRuleSet {
    /** What applying a read did. */
    public enum Outcome { BUILT, BROKEN }

    private final RuleSets sets;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<CannotRunException> error = new AtomicReference<>();

    public LiveRuleSet(RuleSets sets) {
        this.sets = sets;
    }

    /** The rule set in use, or null while none has built. */
    public RuleSet current() {
        return current.get();
    }

    /** Why the newest rules do not build (older ones, if any, are in use), or null. */
    public CannotRunException error() {
        return error.get();
    }

    /** Builds the first rule set, failing when it does not build (a server does not start without rules). */
    public RuleSet start(RulesRead read) throws CannotRunException {
        RuleSet first = usable(sets.build(read));
        current.set(first);
        return first;
    }

    /** Builds what was read and swaps it in, or keeps the one in use and remembers why not. */
    public Outcome apply(RulesRead read) {
        try {
            current.set(usable(sets.build(read)));
            error.set(null);
            return Outcome.BUILT;
        } catch (CannotRunException e) {
            error.set(e);
            return Outcome.BROKEN;
        }
    }

    /**
     * A long-running command refuses what a check would refuse on its first request: rules that read a policy key the
     * rules folder's policy does not define (lint's error), so a server keeps the last good rules instead of failing
     * every request.
     */
    private static RuleSet usable(RuleSet set) throws CannotRunException {
        set.rules().requireKeysDefinedBy(set.basePolicy());
        return set;
    }
}
