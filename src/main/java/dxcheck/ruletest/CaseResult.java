package dxcheck.ruletest;

import dxcheck.model.Finding;

import java.util.List;

/** The outcome of one rule test case: what went wrong (empty when it passed) and the findings it produced. */
public record CaseResult(RuleCase testCase, List<String> failures, List<Finding> findings) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
