package dxcheck.report;

import dxcheck.text.Lang;

/** One output format. A new format is one class and one line in {@link Reporters}. */
public interface Reporter {
    String render(Report report, Lang lang);

    /** The report as the bytes of its file: UTF-8 text, or a binary format's own bytes. */
    default byte[] bytes(Report report, Lang lang) {
        return render(report, lang).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Writes the report as its text, the same characters as {@link #render}; a format that can streams it (JSON), so
     * that a national report is never held whole in memory (issue 16).
     */
    default void write(Report report, Lang lang, java.io.Writer out) throws java.io.IOException {
        out.write(render(report, lang));
    }

    /** A binary format (xlsx) is written only to a file, never to a terminal. */
    default boolean binary() {
        return false;
    }
}
