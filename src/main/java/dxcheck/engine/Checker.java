package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.Inputs;
import dxcheck.load.InputError;
import dxcheck.model.AsOf;
import dxcheck.model.Location;
import dxcheck.model.Subject;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.text.Msg;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs the rule base over one set of inputs in a fresh session and returns the findings, sorted. */
public final class Checker {
    /** Findings are sorted by file, (worksheet,) line, rule, subject (cli-and-output.md), then by their values. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.getLocation().file())
            .thenComparing(f -> f.getLocation().sheet(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(f -> f.getLocation().line())
            .thenComparing(Finding::getRule)
            .thenComparing(Finding::getSubject)
            .thenComparingInt(f -> f.getLocation().column())
            .thenComparing(f -> f.getParams().toString());

    private Checker() {
    }

    public static List<Finding> run(RuleBase rules, Inputs inputs, Policy policy, LocalDate asOf)
            throws RulesNotUsableException, RuleFailureException {
        checkPolicyCoversRules(rules, policy);
        KieSession session = rules.kieBase().newKieSession();
        Firings firings = new Firings(session, fireLimit(inputs));
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) firings);
        session.addEventListener((RuleRuntimeEventListener) firings);
        try {
            try {
                insertAll(session, asOf, policy, rules.knowledge(), inputs);
                session.fireAllRules(inForce(rules, asOf), firings.limit);
            } catch (ConsequenceException e) {
                Match m = e.getMatch();
                Subject fact = m == null ? null : subjectOf(m.getObjects());
                String rule = m == null ? "?" : m.getRule().getName();
                throw failed(rule, fact, rules, Msg.RULE_FAILED, rule, subjectId(fact),
                        new InputError.Whole(cause(e)));
            } catch (RuntimeException e) {
                // a condition failed while the network was evaluated: find the rule, and the fact that makes it fail
                FailingCondition.Found f = FailingCondition.find(rules,
                        s -> insertAll(s, asOf, policy, rules.knowledge(), new Inputs()), inputs.facts(),
                        inForce(rules, asOf), fireLimit(inputs));
                throw failed(f.rule(), f.fact(), rules, Msg.RULE_FAILED, f.rule(), subjectId(f.fact()),
                        new InputError.Whole(cause(e)));
            }
            if (firings.interrupted) {
                throw new java.util.concurrent.CancellationException("the check was interrupted");
            }
            if (firings.loopingRule != null) {
                throw failed(firings.loopingRule, firings.loopingFact, rules, Msg.RULE_LOOPS, firings.loopingRule,
                        Firings.MAX_REPEATS, subjectId(firings.loopingFact));
            }
            if (firings.total >= firings.limit) {
                throw failed(firings.busiestRule(), firings.lastFact, rules, Msg.RULE_FIRE_LIMIT, firings.limit,
                        firings.busiestRule(), subjectId(firings.lastFact));
            }
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
                Finding f = (Finding) o;
                f.resolveSeverity(rules.rules().get(f.getRule()).severity());
                findings.add(f);
            }
            findings.sort(ORDER);
            return findings;
        } finally {
            session.dispose();
        }
    }

    /**
     * The facts of a run, in a fixed order: the date, the policy values by key, what the rules folder knows (provinces,
     * combined terms), the keys provincial policies set, then the inputs in load order.
     */
    static void insertAll(KieSession session, LocalDate asOf, Policy policy, Knowledge knowledge,
                                  Inputs inputs) {
        session.insert(new AsOf(asOf));
        new TreeMap<>(policy.thresholds()).values().forEach(session::insert);
        knowledge.facts().forEach(session::insert);
        policy.overrides().forEach(session::insert);
        inputs.facts().forEach(session::insert);
    }

    /**
     * A requirement applies only while its law is in force: the matches of a rule whose legal bases are all not yet
     * (or no longer) in force at --as-of are not fired (RuleInfo.appliesAt). Helper rules always fire.
     */
    static AgendaFilter inForce(RuleBase rules, LocalDate asOf) {
        java.util.Set<String> idle = new java.util.HashSet<>();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object id = r.getMetaData().get("id");
                RuleInfo info = id == null ? null : rules.rules().get(String.valueOf(id).replace("\"", ""));
                if (info != null && !info.appliesAt(asOf)) {
                    idle.add(r.getPackageName() + "/" + r.getName());
                }
            }
        }
        return match -> !idle.contains(match.getRule().getPackageName() + "/" + match.getRule().getName());
    }

    private static int fireLimit(Inputs inputs) {
        return 1_000_000 + 100 * inputs.facts().size();
    }

    /**
     * Counts firings, and the updates each rule makes to each fact: a rule that updates (or modifies) the same fact
     * again and again is a loop — its update re-triggers it — and is stopped at once instead of running into the
     * overall limit. The updating rule is the culprit, not the other rules that re-fire on the updated fact.
     */
    private static final class Firings extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        static final int MAX_REPEATS = 1_000;
        final KieSession session;
        final int limit;
        final Map<String, Integer> updates = new HashMap<>();
        final Map<String, Integer> perRule = new HashMap<>();
        int total;
        String loopingRule;
        boolean interrupted;
        Subject loopingFact;
        Subject lastFact;

        Firings(KieSession session, int limit) {
            this.session = session;
            this.limit = limit;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (Thread.currentThread().isInterrupted() && !interrupted) {
                interrupted = true; // the check was given up (a server's time limit): stop firing, not just waiting
                session.halt();
            }
            Match m = event.getMatch();
            total++;
            perRule.merge(m.getRule().getName(), 1, Integer::sum);
            lastFact = subjectOf(m.getObjects());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
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
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
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
    private static RuleFailureException failed(String rule, Subject fact, RuleBase rules, Msg msg, Object... args) {
        Location at = fact != null ? fact.source().location() : rules.rules().values().stream()
                .filter(r -> r.name().equals(rule)).map(RuleInfo::location).findFirst().orElse(null);
        return new RuleFailureException(new InputError(at, "", msg, args));
    }

    private static String subjectId(Subject fact) {
        return fact == null ? "?" : fact.subjectId();
    }

    /** A rule that reads a key the policy does not define would never fire: refuse to run instead. */
    private static void checkPolicyCoversRules(RuleBase rules, Policy policy) throws RulesNotUsableException {
        ErrorList errors = new ErrorList();
        rules.keysReadOutside(policy.thresholds().keySet())
                .forEach((key, at) -> errors.add(at, "", Msg.RULE_READS_UNKNOWN_KEY, key));
        errors.throwIfAny(RulesNotUsableException::new);
    }
}
