package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of a run so all of them are reported together, up to a cap. */
public final class ErrorList {
    public static final int MAX_REPORTED = 100;

    private final List<InputError> errors = new ArrayList<>();
    private int omitted;

    public void add(Location at, String field, Msg msg, Object... args) {
        add(new InputError(at, field, msg, args));
    }

    public void add(InputError e) {
        if (errors.size() < MAX_REPORTED) {
            errors.add(e);
        } else {
            omitted++;
        }
    }

    /** Appends another list's errors (a file read on its own), keeping the cap. */
    public void addAll(ErrorList other) {
        other.errors.forEach(this::add);
        omitted += other.omitted;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() throws InvalidInputException {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, omitted);
        }
    }
}
