package dxcheck;

import dxcheck.load.CannotRunException;
import dxcheck.run.RuleSet;
import dxcheck.run.RuleSets;
import dxcheck.run.RulesRequest;

import java.nio.file.Path;

/** Where the tests get rules: one provider for the whole test run, as a dxcheck process has one. */
public final class TestRules {
    /** Each version of a rules folder is compiled once for all the tests (then kept in memory, a few at a time). */
    public static final RuleSets SETS = new RuleSets();

    private TestRules() {
    }

    /** The shipped rules folder, with its policy. */
    public static RuleSet shipped() throws CannotRunException {
        return of(Path.of("rules"));
    }

    public static RuleSet of(Path dir) throws CannotRunException {
        return SETS.load(RulesRequest.of(dir));
    }
}
