package dxcheck.cli;

/** The exit codes of cli-and-output.md. */
final class ExitCode {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int CANNOT_RUN = 2;

    private ExitCode() {
    }
}
