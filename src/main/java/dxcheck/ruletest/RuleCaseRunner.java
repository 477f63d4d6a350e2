package dxcheck.ruletest;

import dxcheck.engine.Checker;
import dxcheck.engine.RuleBase;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
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

/** Runs rule test cases against one rule base and the base policy of its folder. */
public final class RuleCaseRunner {
    private final RuleBase rules;
    private final PolicyDocument basePolicy;

    public RuleCaseRunner(RuleBase rules, PolicyDocument basePolicy) {
        this.rules = rules;
        this.basePolicy = basePolicy;
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

    /** Whether every rule a case names is in this rule base (a case of another pack is skipped). */
    public boolean applies(RuleCase c) {
        return java.util.stream.Stream.concat(c.expect().stream(), c.expectNot().stream())
                .allMatch(e -> rules.rules().containsKey(e.rule()));
    }

    public CaseResult run(RuleCase c) {
        List<String> failures = new ArrayList<>();
        List<Finding> findings;
        try {
            Inputs inputs = Loader.loadBytes(Map.of(c.name(), c.inputs()));
            List<PolicyDocument> overrides = c.policy() == null ? List.of() : List.of(c.policy());
            Policy policy = PolicyLayers.merge(basePolicy, overrides, inputs, c.asOf());
            findings = Checker.run(rules, inputs, policy, c.asOf());
        } catch (InvalidInputException e) {
            failures.add("the case cannot run:");
            failures.addAll(e.lines(Lang.EN));
            return new CaseResult(c, failures, List.of());
        }
        for (Expectation e : c.expect()) {
            if (findings.stream().noneMatch(e::matches)) {
                failures.add("expected " + e + ", not found");
            }
        }
        for (Expectation e : c.expectNot()) {
            findings.stream().filter(e::matches).findFirst()
                    .ifPresent(f -> failures.add("expected no " + e + ", found " + f));
        }
        if (!failures.isEmpty()) {
            failures.add("actual findings: " + (findings.isEmpty() ? "none" : ""));
            findings.forEach(f -> failures.add("  " + f));
        }
        return new CaseResult(c, failures, findings);
    }
}
