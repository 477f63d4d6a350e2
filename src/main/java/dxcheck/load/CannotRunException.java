package dxcheck.load;

import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;

/**
 * The run cannot be made (exit 2): every problem that stopped it, each located. The subtypes say what failed — the
 * documents ({@link InvalidInputException}), the rules folder ({@code engine.RulesNotUsableException}), a rule while
 * it ran ({@code engine.RuleFailureException}) — and the command line maps them all to exit code 2.
 */
public abstract class CannotRunException extends Exception {
    private final List<InputError> errors;
    private final int omitted;

    protected CannotRunException(List<InputError> errors, int omitted) {
        super(errors.isEmpty() ? "cannot run" : errors.get(0).render(Lang.EN), null, false, false);
        this.errors = List.copyOf(errors);
        this.omitted = omitted;
    }

    public List<InputError> errors() {
        return errors;
    }

    /** How many errors were left out past the cap. */
    public int omitted() {
        return omitted;
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
