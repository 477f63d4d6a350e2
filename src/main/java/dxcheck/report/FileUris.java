package dxcheck.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A finding's file as a URI reference (RFC 3986) for SARIF: relative paths (and absolute ones under the working
 * folder) stay relative to the uriBaseId {@link #SRCROOT}; other absolute paths become file: URIs. Every octet of
 * a segment's UTF-8 that is not unreserved or a sub-delimiter is percent-encoded — so "báo cáo.yaml", a space, '#',
 * '%', '[' and ':' (which would read as a scheme) make a valid URI.
 */
final class FileUris {
    static final String SRCROOT = "%SRCROOT%";
    /** Findings read from standard input ("-") are located in a file the loader calls this. */
    static final String STDIN_FILE = "<stdin>";
    static final String STDIN_URI = "stdin";

    private FileUris() {
    }

    /** The uri, and the uriBaseId (null for an absolute URI). */
    record Ref(String uri, String baseId) {
    }

    static Ref of(String file, Path workingDir) {
        if (STDIN_FILE.equals(file)) {
            return new Ref(STDIN_URI, null);
        }
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            Path abs = p.normalize();
            if (workingDir == null || !abs.startsWith(workingDir)) {
                String path = abs.toString().replace('\\', '/');
                return new Ref("file://" + (path.startsWith("/") ? "" : "/") + encodePath(path, true), null);
            }
            p = workingDir.relativize(abs);
        }
        return new Ref(encodePath(p.toString().replace('\\', '/'), false), SRCROOT);
    }

    /** Each segment encoded, the slashes kept; a Windows drive's colon kept in an absolute path ("C:"). */
    static String encodePath(String path, boolean absolute) {
        StringBuilder b = new StringBuilder(path.length() + 16);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                b.append('/');
            }
            boolean drive = absolute && i <= 1 && segments[i].matches("[A-Za-z]:");
            b.append(drive ? segments[i] : encodeSegment(segments[i]));
        }
        return b.toString();
    }

    static String encodeSegment(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (byte octet : s.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xFF;
            if (isUnreserved(c) || "!$&'()*+,;=@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
