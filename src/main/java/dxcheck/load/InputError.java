package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

/**
 * One problem with the input: where, which field (may be empty), and what was expected; a YAML syntax error also
 * carries the offending line and a hint ({@link Excerpt}).
 */
public record InputError(Location location, String field, Msg msg, Object[] args, Excerpt excerpt) {

    /** Longest text shown of one value: an input can hold a key or an id of megabytes; one line must stay readable. */
    static final int MAX_SHOWN = 120;

    public InputError(Location location, String field, Msg msg, Object... args) {
        this(location, field, msg, args, null);
    }

    /** file:line:column: field: message, then (for a syntax error) the line, a caret under the column and a hint. */
    public String render(Lang lang) {
        String where = location == null ? "" : Shown.line(location.toString()) + ": ";
        String what = field == null || field.isEmpty() ? "" : Shown.line(shorten(field)) + ": ";
        String head = where + what + message(lang);
        return excerpt == null ? head : head + "\n" + excerpt.render(lang);
    }

    /** The message alone (no location, no field), every value from an input shortened and shown safely. */
    public String message(Lang lang) {
        return format(lang, msg, args);
    }

    /** The hint of a syntax error in the language, or null. */
    public String hint(Lang lang) {
        return excerpt == null ? null : excerpt.hint(lang);
    }

    private static String format(Lang lang, Msg msg, Object[] args) {
        // only the DRL compiler's messages (from the trusted rules) span lines; a value from an input never does
        boolean lines = msg == Msg.DRL_ERROR;
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s ? (lines ? Shown.text(shorten(s)) : Shown.line(shorten(s))) : args[i];
        }
        return msg.format(lang, shown);
    }

    /**
     * Text shown whole: what a compiler said about a rule, or a line of a rule — trusted code, never cut (issue 14:
     * an error message cut at 120 characters hid what was wrong).
     */
    public record Whole(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static String shorten(String s) {
        if (s.length() <= MAX_SHOWN) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return s.substring(0, end) + "… (" + s.length() + ")";
    }
}
