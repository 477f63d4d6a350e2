package dxcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Whether a file or folder belongs to the user running dxcheck alone: owned by them and writable by nobody else.
 * What the rule cache trusts (a folder or an entry anyone else can write could hold anything). On a file system
 * without POSIX attributes (Windows) only the owner is checked, when it can be read.
 */
final class OwnFiles {
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private OwnFiles() {
    }

    /** Why the path cannot be trusted (in words, for DXCHECK_DEBUG), or null when it is the user's alone. */
    static String distrust(Path p, boolean folder) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException notPosix) {
            return Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).equals(currentUser(p)) ? null
                    : p + " is owned by another user";
        }
        if (a.isSymbolicLink()) {
            return p + " is a symbolic link";
        }
        if (folder ? !a.isDirectory() : !a.isRegularFile()) {
            return p + (folder ? " is not a folder" : " is not a regular file");
        }
        if (!isCurrentUser(p, a.owner())) {
            return p + " is owned by " + a.owner().getName() + ", not by the user running dxcheck";
        }
        if (a.permissions().stream().anyMatch(OTHERS_WRITE::contains)) {
            return p + " can be written by other users ("
                    + java.nio.file.attribute.PosixFilePermissions.toString(a.permissions()) + ")";
        }
        return null;
    }

    private static boolean isCurrentUser(Path p, UserPrincipal owner) throws IOException {
        Object uid = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        long mine = currentUid();
        return mine >= 0 ? uid instanceof Integer i && i == mine : owner.equals(currentUser(p));
    }

    /** The real user id of this process, or -1 when the JDK cannot tell. */
    static long currentUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            return -1;
        }
    }

    private static UserPrincipal currentUser(Path p) throws IOException {
        return p.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }
}
