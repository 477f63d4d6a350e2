package dxcheck.cli;

import dxcheck.run.Progress;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One line on standard error, rewritten in place at most five times a second, and only when standard error is a
 * terminal — never in a pipe, a file or CI logs. Shown only once a run has lasted a second, so short runs stay quiet.
 * Files are read in parallel, so the methods are synchronized.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_MS = 1000;
    private static final long EVERY_MS = 200;
    private final PrintWriter err;
    private final Lang lang;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    private TerminalProgress(PrintWriter err, Lang lang) {
        this.err = err;
        this.lang = lang;
    }

    static Progress on(PrintWriter err, Lang lang) {
        return stderrIsTerminal() ? new TerminalProgress(err, lang) : Progress.NONE;
    }

    /** Java 17 cannot ask about standard error alone; on Linux its descriptor names the terminal. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception notLinux) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void loaded(int files, int documents) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms >= QUIET_MS && ms - last >= EVERY_MS) {
            last = ms;
            show(Msg.PROGRESS_LOADING.format(lang, files, documents));
        }
    }

    @Override
    public synchronized void running(int facts) {
        if ((System.nanoTime() - start) / 1_000_000 >= QUIET_MS) {
            show(Msg.PROGRESS_RULES.format(lang, facts));
        }
    }

    @Override
    public synchronized void done() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    private void show(String line) {
        shown = true;
        err.print("\r\u001b[K" + line);
        err.flush();
    }
}
