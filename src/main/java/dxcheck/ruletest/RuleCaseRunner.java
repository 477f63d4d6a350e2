package dxcheck.ruletest;

import dxcheck.engine.Checker;
import dxcheck.engine.RuleBase;
import dxcheck.load.Inputs;
import dxcheck.load.CannotRunException;
import dxcheck.load.Loader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs rule test cases against one rule base, the base policy of its folder and any --policy files over it. */
public final class RuleCaseRunner {
    private final RuleBase rules;
    private final PolicyDocument basePolicy;
    private final List<PolicyDocument> optionPolicies;
    private final java.util.Set<String> definedIds;

    /**
     * optionPolicies: --policy files, layered before a case's own policy; definedIds: every rule id any rule of the
     * folder defines, in any pack (a case naming another id fails).
     */
    public RuleCaseRunner(RuleBase rules, PolicyDocument basePolicy, List<PolicyDocument> optionPolicies,
                          java.util.Set<String> definedIds) {
        this.rules = rules;
        this.basePolicy = basePolicy;
        this.optionPolicies = List.copyOf(optionPolicies);
        this.definedIds = definedIds;
    }

    public RuleCaseRunner(RuleBase rules, PolicyDocument basePolicy) {
        this(rules, basePolicy, List.of(), rules.rules().keySet());
    }

    /**
     * Every case of a rules folder: the *.yaml files below any folder named tests (rules/tests/STF-001/…, and a
     * rule pack's own, e.g. rules/quangninh/tests/…), sorted by path.
     */
    public static List<Path> caseFiles(Path rulesDir) throws IOException {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(rulesDir)) {
            return s.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> rulesDir.relativize(p).toString().replace('\\', '/').matches("(.*/)?tests/.*"))
                    .sorted().toList();
        }
    }

    /**
     * Whether the case is for this rule base: every rule it names is in it (a case of another pack is skipped), or one
     * it names is defined nowhere in the folder (a typo: run, so that it fails).
     */
    public boolean applies(RuleCase c) {
        return expectations(c).allMatch(e -> rules.rules().containsKey(e.rule()))
                || expectations(c).anyMatch(e -> !definedIds.contains(e.rule()));
    }

    private static java.util.stream.Stream<Expectation> expectations(RuleCase c) {
        return java.util.stream.Stream.concat(c.expect().stream(), c.expectNot().stream());
    }

    public CaseResult run(RuleCase c) {
        List<String> failures = new ArrayList<>();
        List<Finding> findings;
        try {
            Inputs inputs = Loader.loadBytes(Map.of(c.name(), c.inputs()));
            List<PolicyDocument> overrides = new ArrayList<>(optionPolicies);
            if (c.policy() != null) {
                overrides.add(c.policy());
            }
            Policy policy = PolicyLayers.merge(basePolicy, overrides, inputs, c.asOf());
            findings = Checker.run(rules, inputs, policy, c.asOf());
        } catch (CannotRunException e) {
            failures.add("the case cannot run:");
            failures.addAll(e.lines(Lang.EN));
            return new CaseResult(c, failures, List.of());
        }
        expectations(c).filter(e -> !definedIds.contains(e.rule())).forEach(e -> failures.add(c.name() + ":" + e.at()
                + ": unknown rule id '" + e.rule() + "': no rule of the rules folder defines it"));
        for (Expectation e : c.expect()) {
            long found = findings.stream().filter(e::matches).count();
            if (e.count() == null ? found == 0 : found != e.count()) {
                failures.add(c.name() + ":" + e.at() + ": expected " + e + ", found " + found);
            }
        }
        for (Expectation e : c.expectNot()) {
            findings.stream().filter(e::matches).findFirst()
                    .ifPresent(f -> failures.add(c.name() + ":" + e.at() + ": expected no " + e + ", found " + f));
        }
        if (!failures.isEmpty()) {
            failures.add("actual findings: " + (findings.isEmpty() ? "none" : ""));
            findings.forEach(f -> failures.add("  " + f));
        }
        return new CaseResult(c, failures, findings);
    }
}
