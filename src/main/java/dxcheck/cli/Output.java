package dxcheck.cli;

import dxcheck.text.Debug;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a finished report: to stdout, or to a file. A regular file (or a new path) is replaced atomically: the
 * report is written to .dxcheck-PID-N.tmp beside it and renamed into place, so a reader sees the old report or the
 * new one, never half of one. Anything else — a device, a FIFO, a socket — is written straight into, as a shell's
 * redirection would: renaming over it would replace the node itself (as root, /dev/null). A symbolic link is followed
 * to its target, which is replaced; the link stays. A new report gets the permissions any new file gets (the
 * umask); a replaced one keeps its mode (and, when run as root, its owner). Temporary files left by a run that was
 * killed mid-write are removed by the next run that writes into the same folder.
 */
final class Output {
    private static final Pattern TEMP = Pattern.compile("\\.dxcheck-([0-9]+)-[0-9a-f]+\\.tmp");
    private static final int MAX_LINKS = 40;

    private Output() {
    }

    static final class WriteFailed extends Exception {
        WriteFailed(String message) {
            super(message, null, false, false);
        }
    }

    static void write(Path file, String content, PrintWriter stdout) throws WriteFailed {
        write(file, w -> w.write(content), stdout);
    }

    /** A report's text, written to a writer as it is made (a national JSON report is never held whole: issue 16). */
    interface Text {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes a report's text (UTF-8) to the file, or to stdout when there is none. */
    static void write(Path file, Text text, PrintWriter stdout) throws WriteFailed {
        if (file == null) {
            // whole first, as before: a report that fails while it is made leaves nothing half-written on stdout
            java.io.StringWriter whole = new java.io.StringWriter();
            try {
                text.writeTo(whole);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // a StringWriter does not throw
            }
            stdout.print(whole);
            stdout.flush();
            return;
        }
        prepare(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try {
                text.writeTo(w);
            } catch (RuntimeException e) {
                throw new TextFailed(e);
            }
            w.flush();
        }).commit();
    }

    /** What the text itself threw (not the file): passed on as it is, once the temporary file is removed. */
    private static final class TextFailed extends RuntimeException {
        TextFailed(RuntimeException cause) {
            super(cause);
        }
    }

    /** What goes into the file. */
    private interface Content {
        void to(OutputStream out) throws IOException;
    }

    /**
     * A report ready to be put in place: for a regular file, the temporary file is already written, so that several
     * reports can be made ready first and then put in place together ({@link ReportTargets}).
     */
    static final class Pending {
        private final Path target;
        private final Path tmp;
        private final Content straight;
        private boolean committed;

        private Pending(Path target, Path tmp, Content straight) {
            this.target = target;
            this.tmp = tmp;
            this.straight = straight;
        }

        /** True when the report replaces a file through a temporary one (else it is written into a device or FIFO). */
        boolean atomic() {
            return tmp != null;
        }

        Path target() {
            return target;
        }

        void commit() throws WriteFailed {
            try {
                if (tmp != null) {
                    move(tmp, target);
                } else {
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        straight.to(out);
                    }
                }
                committed = true;
            } catch (TextFailed e) {
                discard();
                throw (RuntimeException) e.getCause();
            } catch (IOException | RuntimeException e) {
                discard();
                throw new WriteFailed(reason(e));
            }
        }

        /** Removes the temporary file, or — when already put in place as a new file — what this run wrote. */
        void discard() {
            deleteQuietly(tmp);
        }

        boolean committed() {
            return committed;
        }
    }

    /** Writes bytes (a workbook) to a file, as any report is written. */
    static void write(Path file, byte[] content) throws WriteFailed {
        prepare(file, content).commit();
    }

    static Pending prepare(Path file, String content) throws WriteFailed {
        return prepare(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static Pending prepare(Path file, byte[] bytes) throws WriteFailed {
        return prepare(file, out -> out.write(bytes));
    }

    private static Pending prepare(Path file, Content content) throws WriteFailed {
        Path target;
        try {
            target = followLinks(file.toAbsolutePath());
        } catch (IOException e) {
            throw new WriteFailed(reason(e));
        }
        BasicFileAttributes a = attributes(target);
        if (a != null && a.isDirectory()) {
            throw new WriteFailed("is a directory");
        }
        if (a != null && !a.isRegularFile()) {
            return new Pending(target, null, content);
        }
        if (a != null && !Files.isWritable(target)) {
            throw new WriteFailed("permission denied");
        }
        removeStaleTemps(target.getParent());
        Path tmp = null;
        try {
            tmp = target.resolveSibling(".dxcheck-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            // created as any new file is (0666 less the umask), then written: never a private temp file's 0600
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.to(out);
            }
            if (a != null) {
                keepModeAndOwner(tmp, target);
            }
            return new Pending(target, tmp, null);
        } catch (TextFailed e) {
            deleteQuietly(tmp);
            throw (RuntimeException) e.getCause();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new WriteFailed(reason(e));
        }
    }

    /** The file a path names once every symbolic link is followed (the path itself when it is none). */
    private static Path followLinks(Path p) throws IOException {
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        throw new java.nio.file.FileSystemException(p.toString(), null, "too many levels of symbolic links");
    }

    /** The target's attributes, or null when there is no such file yet (any other failure is the write's). */
    private static BasicFileAttributes attributes(Path p) throws WriteFailed {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new WriteFailed(reason(e));
        }
    }

    private static void keepModeAndOwner(Path tmp, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return; // Windows: the new file has the folder's default access
        }
        try {
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            view.setPermissions(old.permissions());
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner()); // only root may: a report root rewrites stays its owner's
            }
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
        } catch (IOException | RuntimeException notAllowed) {
            // the report is still written; only its owner or group differ from the file it replaced
            Debug.note(target + ": the replaced report's owner or mode not kept (" + notAllowed + ")");
        }
    }

    /** Removes .dxcheck-PID-N.tmp files whose writer is no longer running (it was killed mid-write). */
    static void removeStaleTemps(Path folder) {
        if (folder == null) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, ".dxcheck-*.tmp")) {
            for (Path p : s) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder fails the write itself, with a better message
            Debug.note(folder + ": left-over temporary files not looked for (" + e + ")");
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What went wrong, as the system says it (never an exception class name, which reads like a stack trace). */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.contains("Exception") ? "input/output error" : m;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the temporary file is hidden, and the next run removes it; the write error is what the user needs
            Debug.note(p + " not removed (" + e + "); the next run writing there removes it");
        }
    }
}
