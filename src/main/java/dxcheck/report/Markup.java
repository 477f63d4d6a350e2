package dxcheck.report;

import dxcheck.text.Shown;

/** Text made safe for HTML and XML, in element content and in double-quoted attributes — for every markup report. */
final class Markup {
    private Markup() {
    }

    /**
     * Escapes &amp; &lt; &gt; and the double quote. A control or bidi character is shown, not obeyed (ESC is ␛, see
     * {@link Shown}); tab and line breaks stay. What XML 1.0 does not allow at all — U+FFFE, U+FFFF, a lone
     * surrogate — becomes U+FFFD, so a JUnit report stays well-formed whatever the inputs held.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\t', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(Shown.hidden(c) ? Shown.visible(c) : String.valueOf(c));
                    }
                }
            }
        }
        return out.toString();
    }
}
