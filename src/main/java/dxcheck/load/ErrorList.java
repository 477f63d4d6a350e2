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

    /** An error shown even past the cap: a limit that stopped reading must never be hidden by the errors before it. */
    public void addAlways(Location at, String field, Msg msg, Object... args) {
        errors.add(new InputError(at, field, msg, args));
    }

    /**
     * A file or folder that cannot be read, said in words: never an exception's class name, so that standard error
     * cannot be mistaken for a stack trace.
     */
    public void addUnreadable(Location at, Throwable e) {
        Throwable c = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (c instanceof java.nio.file.AccessDeniedException) {
            add(at, "", Msg.PERMISSION_DENIED);
        } else if (c instanceof java.nio.file.NoSuchFileException) {
            add(at, "", Msg.NO_SUCH_PATH);
        } else if (c instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            add(at, "", Msg.UNREADABLE, f.getReason());
        } else {
            String m = c.getMessage() == null || c.getMessage().contains("Exception") ? "I/O" : c.getMessage();
            add(at, "", Msg.UNREADABLE, m);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The error of a file or folder that cannot be read, in words, for a caller that stops at it. */
    public static InvalidInputException unreadable(Location at, Throwable e) {
        ErrorList one = new ErrorList();
        one.addUnreadable(at, e);
        return new InvalidInputException(one.errors, 0);
    }

    public void throwIfAny() throws InvalidInputException {
        throwIfAny(InvalidInputException::new);
    }

    /** How a list of errors becomes the exception that says what failed (input, rules). */
    public interface As<E extends CannotRunException> {
        E of(List<InputError> errors, int omitted);
    }

    /** Throws the errors as what they are, e.g. {@code throwIfAny(RulesNotUsableException::new)}. */
    public <E extends CannotRunException> void throwIfAny(As<E> as) throws E {
        if (!errors.isEmpty()) {
            throw as.of(errors, omitted);
        }
    }
}
