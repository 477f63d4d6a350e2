package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.model.AsOf;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.text.Msg;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the rule base over one set of inputs in a fresh session and returns the findings, sorted. */
public final class Checker {
    /** Findings are sorted by file, line, rule, subject (cli-and-output.md), then by their values. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.getLocation().file())
            .thenComparingInt(f -> f.getLocation().line())
            .thenComparing(Finding::getRule)
            .thenComparing(Finding::getSubject)
            .thenComparingInt(f -> f.getLocation().column())
            .thenComparing(f -> f.getParams().toString());

    private Checker() {
    }

    public static List<Finding> run(RuleBase rules, Inputs inputs, Policy policy, LocalDate asOf)
            throws InvalidInputException {
        checkPolicyCoversRules(rules, policy);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.insert(new AsOf(asOf));
            policy.thresholds().values().forEach(session::insert);
            inputs.facts().forEach(session::insert);
            fire(session, fireLimit(inputs));
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

    private static int fireLimit(Inputs inputs) {
        return 1_000_000 + 100 * inputs.facts().size();
    }

    private static void fire(KieSession session, int limit) throws InvalidInputException {
        int fired;
        try {
            fired = session.fireAllRules(limit);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InvalidInputException(new dxcheck.load.InputError(null, "", Msg.RULE_FAILED, rule,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        }
        if (fired >= limit) {
            throw new InvalidInputException(new dxcheck.load.InputError(null, "", Msg.RULE_FAILED, "*",
                    "more than " + limit + " rule firings: a rule keeps re-firing"));
        }
    }

    /** A rule that reads a key the policy does not define would never fire: refuse to run instead. */
    private static void checkPolicyCoversRules(RuleBase rules, Policy policy) throws InvalidInputException {
        ErrorList errors = new ErrorList();
        rules.policyKeysRead().forEach((key, at) -> {
            if (!policy.thresholds().containsKey(key)) {
                errors.add(at, "", Msg.RULE_READS_UNKNOWN_KEY, key);
            }
        });
        errors.throwIfAny();
    }
}
