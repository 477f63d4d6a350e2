package dxcheck.engine;

import dxcheck.model.Finding;
import dxcheck.model.Location;
import dxcheck.model.Subject;
import dxcheck.text.Msg;
import dxcheck.load.InputError;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One fresh rule session: the facts every session starts with (date, policy, knowledge), then input facts in order,
 * fired with an agenda filter. A rule that fails, loops or fires without end is reported at the rule and the fact it
 * was matching, as a {@link RuleFailureException}.
 */
final class RuleSession {
    /**
     * The findings at the end, the facts rules inserted that the caller asked to keep (in insertion order), and whether
     * a rule made a change its {@link Guard} refused.
     */
    record Result(List<Finding> findings, List<Object> inserted, boolean refused) {
    }

    /** What rules may do to the facts of a session; a session split from others allows less (ProvinceSessions). */
    interface Guard {
        Guard ANY = (change, fact, derived) -> true;

        enum Change { INSERT, UPDATE, DELETE }

        /** derived: the fact was inserted by a rule of this session (not given to it). */
        boolean allows(Change change, Object fact, boolean derived);
    }

    /**
     * How many firings a check may make, over all its sessions: a rule set that goes past it is taken to fire without
     * end (a million, and a hundred more per input fact).
     */
    static final class Budget {
        final int limit;
        final java.util.concurrent.atomic.AtomicInteger fired = new java.util.concurrent.atomic.AtomicInteger();

        Budget(int inputFacts) {
            limit = (int) Math.min(Integer.MAX_VALUE, 1_000_000L + 100L * inputFacts);
        }

        boolean spent() {
            return fired.get() >= limit;
        }
    }

    private final RuleBase rules;
    private final List<Object> base;
    private final List<Object> facts;
    private final AgendaFilter filter;
    private final Predicate<Object> keep;
    private final Budget budget;
    private final Guard guard;

    RuleSession(RuleBase rules, List<Object> base, List<Object> facts, AgendaFilter filter, Predicate<Object> keep,
                Budget budget) {
        this(rules, base, facts, filter, keep, budget, Guard.ANY);
    }

    RuleSession(RuleBase rules, List<Object> base, List<Object> facts, AgendaFilter filter, Predicate<Object> keep,
                Budget budget, Guard guard) {
        this.rules = rules;
        this.base = base;
        this.facts = facts;
        this.filter = filter;
        this.keep = keep;
        this.budget = budget;
        this.guard = guard;
    }

    Result fire() throws RuleFailureException {
        KieSession session = rules.kieBase().newKieSession();
        Firings firings = new Firings(session, budget, keep, guard);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) firings);
        session.addEventListener((RuleRuntimeEventListener) firings);
        try {
            try {
                base.forEach(session::insert);
                facts.forEach(session::insert);
                session.fireAllRules(filter, budget.limit);
            } catch (ConsequenceException e) {
                Match m = e.getMatch();
                Subject fact = m == null ? null : subjectOf(m.getObjects());
                String rule = m == null ? "?" : m.getRule().getName();
                throw failed(rule, fact, Msg.RULE_FAILED, rule, subjectId(fact), new InputError.Whole(cause(e)));
            } catch (RuntimeException e) {
                // a condition failed while the network was evaluated: find the rule, and the fact that makes it fail
                FailingCondition.Found f = FailingCondition.find(rules, s -> base.forEach(s::insert), facts, filter,
                        budget.limit);
                throw failed(f.rule(), f.fact(), Msg.RULE_FAILED, f.rule(), subjectId(f.fact()),
                        new InputError.Whole(cause(e)));
            }
            if (firings.refused) {
                return new Result(List.of(), List.of(), true);
            }
            if (firings.interrupted) {
                throw new java.util.concurrent.CancellationException("the check was interrupted");
            }
            if (firings.loopingRule != null) {
                throw failed(firings.loopingRule, firings.loopingFact, Msg.RULE_LOOPS, firings.loopingRule,
                        Firings.MAX_REPEATS, subjectId(firings.loopingFact));
            }
            if (budget.spent()) {
                throw failed(firings.busiestRule(), firings.lastFact, Msg.RULE_FIRE_LIMIT, budget.limit,
                        firings.busiestRule(), subjectId(firings.lastFact));
            }
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
                findings.add((Finding) o);
            }
            List<Object> inserted = firings.inserted.stream().filter(o -> session.getFactHandle(o) != null).toList();
            return new Result(findings, inserted, false);
        } finally {
            session.dispose();
        }
    }

    /**
     * Counts firings, and the updates each rule makes to each fact: a rule that updates (or modifies) the same fact
     * again and again is a loop — its update re-triggers it — and is stopped at once instead of running into the
     * overall limit. The updating rule is the culprit, not the other rules that re-fire on the updated fact.
     */
    private static final class Firings extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        static final int MAX_REPEATS = 1_000;
        final KieSession session;
        final Budget budget;
        final Predicate<Object> keep;
        final Guard guard;
        final java.util.Set<Object> derived = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean refused;
        final Map<String, Integer> updates = new HashMap<>();
        final Map<String, Integer> perRule = new HashMap<>();
        final List<Object> inserted = new ArrayList<>();
        String loopingRule;
        boolean interrupted;
        Subject loopingFact;
        Subject lastFact;

        Firings(KieSession session, Budget budget, Predicate<Object> keep, Guard guard) {
            this.session = session;
            this.budget = budget;
            this.keep = keep;
            this.guard = guard;
        }

        private void guard(Guard.Change change, Object fact, org.kie.api.definition.rule.Rule by) {
            boolean madeHere = change == Guard.Change.INSERT || derived.contains(fact);
            if (by != null && !refused && guard != Guard.ANY && !guard.allows(change, fact, madeHere)) {
                refused = true;
                session.halt();
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (Thread.currentThread().isInterrupted() && !interrupted) {
                interrupted = true; // the check was given up (a server's time limit): stop firing, not just waiting
                session.halt();
            }
            Match m = event.getMatch();
            if (budget.fired.incrementAndGet() >= budget.limit) {
                session.halt(); // the check's other sessions count too
            }
            perRule.merge(m.getRule().getName(), 1, Integer::sum);
            lastFact = subjectOf(m.getObjects());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            guard(Guard.Change.UPDATE, event.getObject(), event.getRule());
            if (event.getRule() == null || loopingRule != null) {
                return;
            }
            String key = event.getRule().getName() + "|" + System.identityHashCode(event.getObject());
            if (updates.merge(key, 1, Integer::sum) > MAX_REPEATS) {
                loopingRule = event.getRule().getName();
                loopingFact = event.getObject() instanceof Subject s ? s : lastFact;
                session.halt();
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() == null) {
                return;
            }
            guard(Guard.Change.INSERT, event.getObject(), event.getRule());
            if (guard != Guard.ANY) {
                derived.add(event.getObject());
            }
            if (keep.test(event.getObject())) {
                inserted.add(event.getObject());
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            guard(Guard.Change.DELETE, event.getOldObject(), event.getRule());
        }

        String busiestRule() {
            return perRule.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("?");
        }
    }

    /** The first input fact (a subject) among a match's facts. */
    private static Subject subjectOf(List<?> objects) {
        for (Object o : objects) {
            if (o instanceof Subject s && !(o instanceof Finding)) {
                return s;
            }
        }
        return null;
    }

    /** The deepest cause, in words: its message, never its class name (stderr must not read like a stack trace). */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            return root.getClass().getSimpleName().replace("Exception", "").replace("Error", "") + " error";
        }
        return m.replace("Exception", "error");
    }

    /** Exit 2 with the rule, the fact it was matching (located there, or at the rule when no fact is known). */
    private RuleFailureException failed(String rule, Subject fact, Msg msg, Object... args) {
        Location at = fact != null ? fact.source().location() : rules.rules().values().stream()
                .filter(r -> r.name().equals(rule)).map(RuleInfo::location).findFirst().orElse(null);
        return new RuleFailureException(new InputError(at, "", msg, args));
    }

    private static String subjectId(Subject fact) {
        return fact == null ? "?" : fact.subjectId();
    }
}
