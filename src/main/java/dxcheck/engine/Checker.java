package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.Inputs;
import dxcheck.model.AsOf;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.text.Msg;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Runs the rule base over one set of inputs in fresh sessions — one, or one per province and a national pass
 * ({@link Sessions}) — and returns the findings, sorted.
 */
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

    /**
     * How the rules' sessions are laid out: {@link #BY_PROVINCE} (the default) gives each province of a check with
     * several its own session and runs the rules that cross provinces once after them (same findings, less memory,
     * in parallel); {@link #SINGLE} runs everything in one session (DXCHECK_SESSIONS=single).
     */
    public enum Sessions {
        SINGLE, BY_PROVINCE;

        /** From DXCHECK_SESSIONS (or the dxcheck.sessions property, the tests'): single, else by province. */
        public static Sessions fromEnvironment() {
            String set = System.getProperty("dxcheck.sessions", System.getenv("DXCHECK_SESSIONS"));
            return "single".equals(set) ? SINGLE : BY_PROVINCE;
        }
    }

    public static List<Finding> run(RuleBase rules, Inputs inputs, Policy policy, LocalDate asOf)
            throws RulesNotUsableException, RuleFailureException {
        return run(rules, inputs, policy, asOf, Sessions.fromEnvironment());
    }

    public static List<Finding> run(RuleBase rules, Inputs inputs, Policy policy, LocalDate asOf, Sessions sessions)
            throws RulesNotUsableException, RuleFailureException {
        checkPolicyCoversRules(rules, policy);
        List<Object> base = baseFacts(asOf, policy, rules.knowledge());
        AgendaFilter inForce = inForce(rules, asOf);
        List<Object> facts = inputs.facts();
        Partition split = sessions == Sessions.BY_PROVINCE ? Partition.of(facts) : null;
        List<Finding> findings = null;
        if (split != null && split.byProvince().size() > 1) {
            if (rules.partitioning().possible()) {
                findings = ProvinceSessions.run(rules, base, facts, split, inForce);
            } else {
                dxcheck.text.Debug.note("one rule session for " + split.byProvince().size() + " provinces: the rules "
                        + "do what only one session does (rules lint says which)");
            }
        }
        if (findings == null) { // one session, also to say what failed exactly as one session would
            findings = new RuleSession(rules, base, facts, inForce, o -> false, new RuleSession.Budget(facts.size()))
                    .fire().findings();
        }
        for (Finding f : findings) {
            f.resolveSeverity(rules.rules().get(f.getRule()).severity());
        }
        findings.sort(ORDER);
        return findings;
    }

    /**
     * The facts every session starts with, in a fixed order: the date, the policy values by key, what the rules folder
     * knows (provinces, combined terms), the keys provincial policies set. The inputs follow, in load order.
     */
    static List<Object> baseFacts(LocalDate asOf, Policy policy, Knowledge knowledge) {
        List<Object> base = new ArrayList<>();
        base.add(new AsOf(asOf));
        base.addAll(new TreeMap<>(policy.thresholds()).values());
        base.addAll(knowledge.facts());
        base.addAll(policy.overrides());
        return base;
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
                    idle.add(key(r));
                }
            }
        }
        return match -> !idle.contains(key(match.getRule()));
    }

    /** A rule's name within the rule base: "package/name". */
    static String key(Rule r) {
        return r.getPackageName() + "/" + r.getName();
    }

    /** A rule that reads a key the policy does not define would never fire: refuse to run instead. */
    private static void checkPolicyCoversRules(RuleBase rules, Policy policy) throws RulesNotUsableException {
        ErrorList errors = new ErrorList();
        rules.keysReadOutside(policy.thresholds().keySet())
                .forEach((key, at) -> errors.add(at, "", Msg.RULE_READS_UNKNOWN_KEY, key));
        errors.throwIfAny(RulesNotUsableException::new);
    }
}
