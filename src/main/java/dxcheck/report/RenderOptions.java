package dxcheck.report;

import dxcheck.model.Severity;

/**
 * What a check's options say about how a report is written, beyond its language: the --fail-on threshold (null:
 * never), which JUnit needs to tell failures from findings that pass; the most results one SARIF run holds (0: all);
 * the SARIF run's category (code scanning keeps alerts apart by it); where dxcheck's docs are published, for SARIF's
 * links (null: none).
 */
public record RenderOptions(Severity failOn, int sarifMaxResults, String sarifCategory, String docsUrl) {
    /** GitHub code scanning refuses a SARIF run of more than 25,000 results. */
    public static final int GITHUB_MAX_RESULTS = 25_000;
    public static final RenderOptions DEFAULT = new RenderOptions(Severity.ERROR, GITHUB_MAX_RESULTS, "dxcheck", null);
}
