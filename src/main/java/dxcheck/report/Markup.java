package dxcheck.report;

/** Text made safe for HTML and XML, in element content and in double-quoted attributes — for every markup report. */
final class Markup {
    private Markup() {
    }

    /** Escapes &amp; &lt; &gt; and the double quote; drops control characters XML forbids (keeps tab and newlines). */
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
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
