package dxcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The user's secret that authenticates rule-cache entries (HMAC-SHA256): 32 random bytes in
 * $XDG_CONFIG_HOME/dxcheck/cache.key (or ~/.config/dxcheck/cache.key), never in the cache folder, so that whoever can
 * write there (a shared CI cache, a team share, DXCHECK_CACHE pointed at a common folder) cannot make an entry this
 * user's dxcheck will read. Created once, rw------- from the start, whole or not at all (written under another name,
 * then linked into place). A key file that others could read or replace is not used.
 */
final class CacheSecret {
    static final int BYTES = 32;

    private CacheSecret() {
    }

    /** -Ddxcheck.cache.key (the tests'), else $XDG_CONFIG_HOME/dxcheck/cache.key, else ~/.config/dxcheck/cache.key. */
    static Path defaultFile() {
        String prop = System.getProperty("dxcheck.cache.key");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dxcheck", "cache.key");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".config", "dxcheck", "cache.key");
    }

    /** Thrown with the reason the key cannot be had; the cache is then not used. */
    static final class Unusable extends Exception {
        Unusable(String why) {
            super(why, null, false, false);
        }
    }

    /** The key in file, made when there is none yet. */
    static byte[] load(Path file) throws Unusable {
        if (file == null) {
            throw new Unusable("no home folder for the cache key");
        }
        Path f = file.toAbsolutePath();
        try {
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                create(f);
            }
            String why = OwnFiles.distrust(f.getParent(), true);
            why = why != null ? why : OwnFiles.distrust(f, false);
            if (why == null && readableByOthers(f)) {
                why = f + " can be read by other users";
            }
            if (why != null) {
                throw new Unusable(why);
            }
            byte[] key;
            try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                key = in.readNBytes(BYTES + 1);
            }
            if (key.length != BYTES) {
                throw new Unusable(f + " is not a cache key (" + key.length + " bytes)");
            }
            return key;
        } catch (IOException e) {
            throw new Unusable("cannot read or make " + f + " (" + e + ")");
        }
    }

    private static boolean readableByOthers(Path f) throws IOException {
        try {
            String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS));
            return perms.charAt(3) != '-' || perms.charAt(6) != '-';
        } catch (UnsupportedOperationException notPosix) {
            return false;
        }
    }

    private static void create(Path f) throws IOException {
        Path dir = f.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, privateFolder());
        }
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(dir, ".cache.key-", ".tmp", privateFile());
        try {
            Files.write(tmp, key, StandardOpenOption.WRITE);
            try {
                Files.createLink(f, tmp); // fails if another run made the key first: then that one is used
            } catch (FileAlreadyExistsException raced) {
                // the other run's key stands
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static FileAttribute<?>[] privateFolder() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] privateFile() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
