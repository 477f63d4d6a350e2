package dxcheck.cli;

/** What --help says below the options of dxcheck and its checking commands: exit codes and environment variables. */
final class HelpFooter {
    static final String EXIT_CODES_HEADING = "%nMã thoát / Exit codes:%n";
    static final String CLEAN = "0:không có phát hiện từ mức --fail-on / nothing at or above --fail-on";
    static final String FINDINGS = "1:có phát hiện / findings at or above --fail-on";
    static final String NEW_FINDINGS = "1:NEW có phát hiện mới / NEW introduces findings at or above --fail-on";
    static final String CANNOT_RUN = "2:không chạy được (dữ liệu, quy tắc, tùy chọn sai) / the run could not be made "
            + "(bad input, bad rules, bad usage); standard error names file:line:column";
    static final String ENVIRONMENT_HEADING = "%nBiến môi trường / Environment:%n";
    static final String ENVIRONMENT = "  DXCHECK_CACHE      folder of compiled rules and the class-data archive; 'off':%n"
            + "                     none (default: $XDG_CACHE_HOME/dxcheck or ~/.cache/dxcheck)%n"
            + "  DXCHECK_CDS        0: no class-data archive (the launcher's faster start)%n"
            + "  DXCHECK_GC         the JVM's collector (default: -XX:+UseParallelGC)%n"
            + "  DXCHECK_JAVA_OPTS  more JVM options, e.g. -Xmx4g%n"
            + "  DXCHECK_JIT        c1: the quick compiler only; full: both; auto (default): c1 for a%n"
            + "                     check of at most 32 MB of input files%n"
            + "  DXCHECK_SESSIONS   single: all provinces in one rule session (default: one%n"
            + "                     session per province, then the rules that cross provinces)%n"
            + "  DXCHECK_DEBUG      1: stack traces of internal errors, rule cache misses%n"
            + "  DXCHECK_TIMING     1: phase times on standard error%n"
            + "  NO_COLOR           no colour in the text report%n"
            + "  JAVA_HOME          the Java 17+ runtime (else java on PATH)";

    private HelpFooter() {
    }
}
