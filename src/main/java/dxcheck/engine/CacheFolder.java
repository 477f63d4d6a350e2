package dxcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of the rule cache in one folder: entries rulebase-KEY.bin, temporary files rulebase-PID-N.tmp while one
 * is written. Used only when the folder and the entry are the user's alone ({@link OwnFiles}); an entry larger than
 * {@link #MAX_ENTRY_BYTES} is not read. Bounded: after each write only the {@link #KEEP} most recently used entries
 * and at most {@link #MAX_TOTAL_BYTES} in all are kept (reading an entry marks it used), and temporary files of runs
 * that are no longer running (killed mid-write) are removed.
 */
final class CacheFolder {
    static final int KEEP = 8;
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final Pattern TEMP = Pattern.compile("rulebase-([0-9]+)-[0-9]+\\.tmp");

    private final Path dir;
    /** Where what the folder passes over is said (with DXCHECK_DEBUG): nothing here fails a run. */
    private final Consumer<String> note;

    CacheFolder(Path dir, Consumer<String> note) {
        this.dir = dir.toAbsolutePath();
        this.note = note;
    }

    Path dir() {
        return dir;
    }

    Path entry(String key) {
        return dir.resolve("rulebase-" + key + ".bin");
    }

    /** Why the folder cannot be used, or null; with create, a missing folder is made (rwx------). */
    String distrust(boolean create) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!create) {
                return "";
            }
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another run made it: checked below like any folder
            }
        }
        return OwnFiles.distrust(dir, true);
    }

    /** The bytes of an entry, or null when there is none; throws with the reason when it cannot be trusted. */
    byte[] read(String key) throws IOException, Refused {
        Path file = entry(key);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String why = OwnFiles.distrust(file, false);
        if (why != null) {
            throw new Refused(why);
        }
        byte[] all;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            all = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        }
        if (all.length > MAX_ENTRY_BYTES) {
            throw new Refused(file + " is larger than " + MAX_ENTRY_BYTES + " bytes");
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the order in which entries are pruned depends on it
            note.accept("rule cache entry " + file + " not marked as used (" + e + ")");
        }
        return all;
    }

    /** An entry that is there but not to be used (another owner, others can write it, too large). */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    /** Writes the entry through a temporary file renamed into place: a reader sees the old, the new, or none. */
    void write(String key, byte[] bytes) throws IOException {
        Path tmp = dir.resolve("rulebase-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own access applies
            }
            try {
                Files.move(tmp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Keeps the most recently used entries within the bounds, and removes what killed runs left behind. */
    void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("rulebase-") && name.endsWith(".bin")) {
                    entries.add(p);
                } else if (isStaleTemp(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        entries.sort(Comparator.comparing(this::modified).reversed());
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            total += size(entries.get(i));
            if (i >= KEEP || (i > 0 && total > MAX_TOTAL_BYTES)) {
                Files.deleteIfExists(entries.get(i));
            }
        }
    }

    /** A temporary file whose writer is no longer running. */
    static boolean isStaleTemp(String name) {
        Matcher m = TEMP.matcher(name);
        if (!m.matches()) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** When the entry was last used; one that cannot be told (another run removed it) counts as the oldest. */
    private FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            note.accept("rule cache entry " + p + " has no time (" + e + "): pruned first");
            return FileTime.fromMillis(0);
        }
    }

    /** The entry's size; one that cannot be told (another run removed it) takes no room. */
    private long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            note.accept("rule cache entry " + p + " has no size (" + e + ")");
            return 0;
        }
    }
}
