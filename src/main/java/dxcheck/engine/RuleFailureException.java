package dxcheck.engine;

import dxcheck.load.CannotRunException;
import dxcheck.load.InputError;

import java.util.List;

/**
 * A rule failed while it ran — its consequence or a condition threw, it re-fired without end — so no report is made:
 * exit code 2, located at the fact it was matching (or at the rule).
 */
public final class RuleFailureException extends CannotRunException {
    public RuleFailureException(InputError error) {
        super(List.of(error), 0);
    }
}
