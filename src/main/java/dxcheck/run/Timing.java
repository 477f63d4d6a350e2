package dxcheck.run;

import java.io.PrintStream;

/** Phase times on standard error when DXCHECK_TIMING is set (for profiling; never part of a report). */
public final class Timing {
    private static final boolean ON = System.getenv("DXCHECK_TIMING") != null;
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    /** CPU time of the whole process (all threads, GC included), in ns; -1 when the JVM does not say. */
    public static long cpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

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
            long nowCpu = cpu();
            PrintStream err = System.err;
            err.printf("dxcheck: %-28s %7.0f ms wall %7.0f ms CPU (JVM up %d ms)%n", what, (now - last) / 1e6,
                    (nowCpu - lastCpu) / 1e6, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            last = now;
            lastCpu = nowCpu;
        }
    }
}
