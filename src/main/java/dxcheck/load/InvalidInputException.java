package dxcheck.load;

import java.util.List;

/** The documents to check (or a policy file, an upload) have errors: exit code 2, each error located. */
public class InvalidInputException extends CannotRunException {
    public InvalidInputException(List<InputError> errors, int omitted) {
        super(errors, omitted);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error), 0);
    }
}
