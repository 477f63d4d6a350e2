package dxcheck.run;

import java.io.PrintStream;

/** Phase times on standard error when DXCHECK_TIMING is set (for profiling; never part of a report). */
public final class Timing {
    private static final boolean ON = System.getenv("DXCHECK_TIMING") != null;
    private long last = System.nanoTime();

    private Timing() {
    }

    public static Timing start() {
        return new Timing();
    }

    public static boolean on() {
        return ON;
    }

    public void lap(String what) {
        if (ON) {
            long now = System.nanoTime();
            PrintStream err = System.err;
            err.printf("dxcheck: %-28s %7.0f ms (JVM up %d ms)%n", what, (now - last) / 1e6,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            last = now;
        }
    }
}
