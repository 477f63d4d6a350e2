package dxcheck.report;

import dxcheck.text.Lang;

/** One output format. A new format is one class and one line in {@link Reporters}. */
public interface Reporter {
    String render(Report report, Lang lang);
}
