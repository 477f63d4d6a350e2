package dxcheck.load;

import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;

/** The run cannot be made: the input (or the rules, or the policy) has errors. Exit code 2. */
public class InvalidInputException extends Exception {
    private final List<InputError> errors;
    private final int omitted;

    public InvalidInputException(List<InputError> errors, int omitted) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).render(Lang.EN), null, false, false);
        this.errors = List.copyOf(errors);
        this.omitted = omitted;
    }

    public InvalidInputException(InputError error) {
        this(List.of(error), 0);
    }

    public List<InputError> errors() {
        return errors;
    }

    /** One line per error, then how many were left out past the cap. */
    public List<String> lines(Lang lang) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.render(lang)));
        if (omitted > 0) {
            out.add(Msg.MORE_ERRORS.format(lang, omitted, errors.size()));
        }
        return out;
    }
}
