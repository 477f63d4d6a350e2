package dxcheck.engine;

import dxcheck.model.Finding;
import dxcheck.text.Debug;
import org.kie.api.runtime.rule.AgendaFilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A check over several provinces (issue 16): each province's facts, with the shared ones, in a session of their own
 * (in parallel, one per core) where the rules that stay within a province fire; then one national pass where the rules
 * that cross provinces, or read findings (the waivers), fire over the facts they match from every province and what
 * the provinces' rules inserted of those types (their findings among them). {@link RuleScope} says which rule runs
 * where, and why the findings are those of one session over all facts. This is the shape of a distributed run too:
 * one task per province, then the national pass over their results.
 */
final class ProvinceSessions {
    private ProvinceSessions() {
    }

    /**
     * The findings, or null when a session failed (a rule that throws, loops or fires without end): then the caller
     * runs one session, which says what failed exactly as it would have.
     */
    static List<Finding> run(RuleBase rules, List<Object> base, List<Object> facts, Partition split,
                             AgendaFilter inForce) {
        Partitioning plan = rules.partitioning();
        Set<String> national = plan.nationalRules();
        AgendaFilter provinceRules = m -> !national.contains(Checker.key(m.getRule())) && inForce.accept(m);
        AgendaFilter nationalRules = m -> national.contains(Checker.key(m.getRule())) && inForce.accept(m);
        Map<Class<?>, Boolean> read = new ConcurrentHashMap<>();
        Predicate<Object> readNationally = o -> read.computeIfAbsent(o.getClass(), plan::readByNationalRules);
        RuleSession.Budget budget = new RuleSession.Budget(facts.size());
        List<RuleSession> provinces = new ArrayList<>();
        for (Map.Entry<String, List<Object>> own : split.byProvince().entrySet()) {
            List<Object> sessionFacts = new ArrayList<>(split.shared());
            sessionFacts.addAll(own.getValue());
            provinces.add(new RuleSession(rules, base, sessionFacts, provinceRules, readNationally, budget,
                    provinceGuard(own.getKey(), split)));
        }
        long start = System.nanoTime();
        List<RuleSession.Result> results = fireAll(provinces);
        long provincesDone = System.nanoTime();
        if (results == null || results.stream().anyMatch(RuleSession.Result::refused)) {
            Debug.note("one rule session after all: a rule failed, or changed what a province's session cannot share");
            return null;
        }
        List<Object> nationalFacts = new ArrayList<>();
        Set<Object> shared = identitySet(split.shared());
        for (Object f : facts) {
            if (shared.contains(f) || readNationally.test(f)) {
                nationalFacts.add(f);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (RuleSession.Result r : results) {
            nationalFacts.addAll(r.inserted());
            findings.addAll(r.findings());
        }
        RuleSession.Result pass;
        try {
            pass = new RuleSession(rules, base, nationalFacts, nationalRules, o -> false, budget,
                    (change, fact, derived) -> fact instanceof Finding).fire();
        } catch (RuleFailureException e) {
            return null;
        }
        if (pass.refused()) {
            Debug.note("one rule session after all: a national rule changed other facts than findings");
            return null;
        }
        List<Finding> last = pass.findings();
        if (plan.nationalReadsFindings()) {
            findings = last; // the provinces' findings were passed on: those its rules kept, and theirs
        } else {
            findings.addAll(last);
        }
        Debug.note(String.format(java.util.Locale.ROOT, "%d province sessions in %d ms, then the national pass over "
                + "%d facts in %d ms", provinces.size(), (provincesDone - start) / 1_000_000, nationalFacts.size(),
                (System.nanoTime() - provincesDone) / 1_000_000));
        return findings;
    }

    /**
     * What a province's rules may do, so that the facts given to the other provinces and to the national pass are what
     * one session would hold: insert facts of their own (not of a type the loaders make) that name no other province,
     * and change or delete only those. Anything else makes the check run in one session.
     */
    private static RuleSession.Guard provinceGuard(String province, Partition split) {
        return (change, fact, derived) -> change == RuleSession.Guard.Change.INSERT
                ? !RuleScope.givenType(fact.getClass()) && split.keepsTo(province, fact)
                : derived;
    }

    /**
     * One thread per core for the provinces' sessions of every check in the process: checks a server runs at once
     * queue their sessions here rather than each starting threads of its own.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemons());

    /** Fires the sessions on the shared threads; their results in the sessions' order, or null when one failed. */
    private static List<RuleSession.Result> fireAll(List<RuleSession> sessions) {
        List<Future<RuleSession.Result>> running = List.of();
        try {
            running = POOL.invokeAll(sessions.stream().map(s -> (Callable<RuleSession.Result>) s::fire).toList());
            List<RuleSession.Result> results = new ArrayList<>();
            for (Future<RuleSession.Result> f : running) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the check was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleFailureException) {
                Debug.note("a province's session failed (" + cause.getMessage() + ")");
                return null;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            running.forEach(f -> f.cancel(true)); // this check's sessions still running after a failure
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dxcheck-province-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Set<Object> identitySet(List<Object> of) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(of);
        return set;
    }
}
