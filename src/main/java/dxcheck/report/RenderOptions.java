package dxcheck.report;

import dxcheck.model.FailOn;

import java.nio.file.Path;

/**
 * What a check's options say about how a report is written, beyond its language — so that no reporter reaches for
 * the environment itself: the --fail-on threshold, which JUnit needs to tell failures from findings that pass; the
 * most results one SARIF run holds (0: all); the SARIF run's category (code scanning keeps alerts apart by it); where
 * dxcheck's docs are published, for SARIF's links (null: none); the folder dxcheck runs in, which SARIF's relative
 * URIs are relative to (null: paths are written as given); colour, for a text report shown on a terminal.
 */
public record RenderOptions(FailOn failOn, int sarifMaxResults, String sarifCategory, String docsUrl, Path workingDir,
                            boolean colour) {
    /** GitHub code scanning refuses a SARIF run of more than 25,000 results. */
    public static final int GITHUB_MAX_RESULTS = 25_000;
    public static final RenderOptions DEFAULT = new RenderOptions(FailOn.ERROR, GITHUB_MAX_RESULTS, "dxcheck", null,
            null, false);

    public RenderOptions withSarif(int maxResults, String category, String docs) {
        return new RenderOptions(failOn, maxResults, category, docs, workingDir, colour);
    }
}
