package dxcheck.engine;

import dxcheck.load.CannotRunException;
import dxcheck.load.InputError;

import java.util.List;

/**
 * The rules folder cannot be used: it cannot be read, a rule does not compile or lacks its metadata, a citation or
 * a family is not in the folder's registry, its policy.yaml is missing or wrong, a rule reads a key the policy does
 * not define. Exit code 2, each error located in the rules folder.
 */
public final class RulesNotUsableException extends CannotRunException {
    public RulesNotUsableException(List<InputError> errors, int omitted) {
        super(errors, omitted);
    }

    public RulesNotUsableException(InputError error) {
        this(List.of(error), 0);
    }

    /** The same errors, said of the rules folder (a policy.yaml or knowledge file read like any input). */
    public static RulesNotUsableException of(CannotRunException e) {
        return e instanceof RulesNotUsableException r ? r : new RulesNotUsableException(e.errors(), e.omitted());
    }
}
