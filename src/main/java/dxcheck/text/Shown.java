package dxcheck.text;

/**
 * Text from the inputs as it may be shown to a person: on a terminal (text report, errors, diff, watch) or in an
 * HTML page. Control characters (C0, DEL, C1) and the bidirectional controls that reorder what is displayed
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are shown, never obeyed: a YAML value holding ESC[2J and
 * "ALL CHECKS PASSED" cannot clear the screen or print a line of its own. C0 and DEL become their Unicode control
 * pictures (ESC is ␛, a line feed ␊); C1 and bidi controls become [U+XXXX]. Machine formats (JSON, SARIF) keep the
 * exact text: their own escaping makes it safe.
 */
public final class Shown {
    /** Longest value echoed in an error message; longer ones are cut and end with "…". */
    public static final int MAX_ECHO = 200;

    private Shown() {
    }

    /** One line: every control and bidi character visible, line breaks too (a tab stays a tab). */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Text of several lines: line feeds and tabs kept, every other control and bidi character visible. */
    public static String text(String s) {
        return escape(s, true);
    }

    /** A value echoed in a message: one line, at most {@link #MAX_ECHO} characters, then "…". */
    public static String echo(String s) {
        if (s == null) {
            return "";
        }
        String cut = s;
        if (s.length() > MAX_ECHO) {
            int end = Character.isHighSurrogate(s.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
            cut = s.substring(0, end) + "…";
        }
        return line(cut);
    }

    /** True for a character that must not reach a terminal or a page as itself. */
    public static boolean hidden(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || isBidi(cp);
    }

    static boolean isBidi(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** What stands in for a hidden character. */
    public static String visible(int cp) {
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp));
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        return String.format(java.util.Locale.ROOT, "[U+%04X]", cp);
    }

    private static String escape(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        if (!needsEscape(s, multiLine)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || multiLine && cp == '\n' || !hidden(cp)) {
                out.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp);
            } else {
                out.append(visible(cp));
            }
        });
        return out.toString();
    }

    private static boolean needsEscape(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || multiLine && c == '\n') {
                continue;
            }
            if (hidden(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
