package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

/** One problem with the input: where, which field (may be empty), and what was expected. */
public record InputError(Location location, String field, Msg msg, Object... args) {

    /** Longest text shown of one value: an input can hold a key or an id of megabytes; one line must stay readable. */
    static final int MAX_SHOWN = 120;

    public String render(Lang lang) {
        String where = location == null ? "" : location + ": ";
        String what = field == null || field.isEmpty() ? "" : shorten(field) + ": ";
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s ? shorten(s) : args[i];
        }
        return where + what + msg.format(lang, shown);
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

    private static String shorten(String s) {
        if (s.length() <= MAX_SHOWN) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return s.substring(0, end) + "… (" + s.length() + ")";
    }
}
