package dxcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a finished report: to stdout, or to a file through a temporary file renamed into place. */
final class Output {
    private Output() {
    }

    static final class WriteFailed extends Exception {
        WriteFailed(String message) {
            super(message, null, false, false);
        }
    }

    static void write(Path file, String content, PrintWriter stdout) throws WriteFailed {
        if (file == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes (a workbook) to a file, atomically. */
    static void write(Path file, byte[] content) throws WriteFailed {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(tmp, content);
            readableLikeTarget(tmp, target);
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new WriteFailed(Files.isDirectory(target) ? "is a directory" : reason(e));
        }
    }

    /** A temporary file is private (rw-------); the report should read like any file the user writes. */
    private static void readableLikeTarget(Path tmp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the temporary file already has the folder's default access
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

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the write error is what the user needs to see
        }
    }
}
