package dxcheck.report;

import dxcheck.text.Lang;

/** One output format. A new format is one class and one line in {@link Reporters}. */
public interface Reporter {
    String render(Report report, Lang lang);

    /** The report as the bytes of its file: UTF-8 text, or a binary format's own bytes. */
    default byte[] bytes(Report report, Lang lang) {
        return render(report, lang).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A binary format (xlsx) is written only to a file, never to a terminal. */
    default boolean binary() {
        return false;
    }
}
