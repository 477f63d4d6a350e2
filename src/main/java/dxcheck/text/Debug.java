package dxcheck.text;

import java.io.PrintStream;

/**
 * What dxcheck passed over without failing the run — a rule cache entry it did not trust, a temporary file it could
 * not remove, a report's owner it could not keep — said on standard error when DXCHECK_DEBUG is set (or the
 * dxcheck.debug property, the tests'), in English: for whoever looks into why, never part of a report.
 */
public final class Debug {
    private Debug() {
    }

    public static boolean on() {
        return System.getenv("DXCHECK_DEBUG") != null || Boolean.getBoolean("dxcheck.debug");
    }

    /** Says it when debugging. */
    public static void note(String what) {
        if (on()) {
            PrintStream err = System.err;
            err.println("dxcheck: " + what);
        }
    }
}
