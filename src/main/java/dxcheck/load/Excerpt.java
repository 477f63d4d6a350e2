package dxcheck.load;

import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

/**
 * The line of a file where a syntax error is, the column to point at (1-based, in characters) and a hint for the
 * mistake. Shown as the line, a caret under the column, and the hint; a tab is shown as "→" so that the caret
 * stays under it, a long line as a window around the column.
 */
public record Excerpt(int line, String text, int column, Msg hint, Object... hintArgs) {
    /** Characters of a long line shown before the column; as many again after it. */
    private static final int WINDOW = 60;

    public String render(Lang lang) {
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        int[] cps = text.codePoints().toArray();
        int at = Math.max(0, Math.min(column - 1, cps.length));
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(cps.length, at + WINDOW);
        StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
        int caret = from > 0 ? 1 : 0;
        for (int i = from; i < to; i++) {
            String s = cps[i] == '\t' ? "→" : Shown.line(Character.toString(cps[i]));
            shown.append(s);
            if (i < at) {
                caret += width(cps[i], s);
            }
        }
        if (to < cps.length) {
            shown.append('…');
        }
        return "  " + number + " | " + shown + "\n  " + gutter + " | " + " ".repeat(caret) + "^\n  "
                + Msg.YAML_HINT.format(lang, hint(lang));
    }

    /** The hint alone, every value from the input shortened and shown safely. */
    public String hint(Lang lang) {
        return hint.format(lang, shownArgs());
    }

    private Object[] shownArgs() {
        Object[] out = new Object[hintArgs.length];
        for (int i = 0; i < hintArgs.length; i++) {
            out[i] = hintArgs[i] instanceof String s ? Shown.line(InputError.shorten(s)) : hintArgs[i];
        }
        return out;
    }

    /** Columns a character takes: none for a combining mark (Vietnamese tone marks written apart). */
    private static int width(int cp, String shown) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? 0 : shown.codePointCount(0,
                shown.length());
    }
}
