package dxcheck.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A bounded multipart/form-data parser (RFC 7578) over a body already read into memory, itself bounded by the
 * server's --max-body. Only what a browser form sends: parts with a Content-Disposition of form-data, a name, and
 * for files a filename. No temp files, nothing written anywhere; at most {@link #MAX_PARTS} parts and
 * {@link #MAX_HEADER_BYTES} bytes of headers per part.
 */
final class Multipart {
    static final int MAX_PARTS = 500;
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** One part: its field name, its file name (null for a plain field), its bytes. */
    record Part(String name, String filename, byte[] data) {
        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    /** The body is not well-formed multipart/form-data; the message says why (English, technical). */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private Multipart() {
    }

    /** The boundary parameter of a multipart/form-data content type, or null. */
    static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9).trim();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    static List<Part> parse(byte[] body, String boundary) throws Malformed {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos;
        if (startsWith(body, 0, delimiter)) {
            pos = delimiter.length;
        } else {
            int at = indexOf(body, nextDelimiter, 0, body.length);
            if (at < 0) {
                throw new Malformed("no boundary line");
            }
            pos = at + nextDelimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return parts;
            }
            pos = skipTransportPadding(body, pos);
            if (!startsWith(body, pos, new byte[] {'\r', '\n'})) {
                throw new Malformed("a boundary line must end with CRLF");
            }
            pos += 2;
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, pos,
                    Math.min(body.length, pos + MAX_HEADER_BYTES));
            String headers;
            int dataStart;
            if (startsWith(body, pos, new byte[] {'\r', '\n'})) {
                headers = "";
                dataStart = pos + 2;
            } else if (headersEnd < 0) {
                throw new Malformed("part headers missing or longer than " + MAX_HEADER_BYTES + " bytes");
            } else {
                headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
                dataStart = headersEnd + 4;
            }
            int dataEnd = indexOf(body, nextDelimiter, dataStart, body.length);
            if (dataEnd < 0) {
                throw new Malformed("the last part has no closing boundary");
            }
            if (parts.size() == MAX_PARTS) {
                throw new Malformed("more than " + MAX_PARTS + " parts");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, dataStart, dataEnd)));
            pos = dataEnd + nextDelimiter.length;
        }
    }

    private static int skipTransportPadding(byte[] body, int pos) {
        while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static Part part(String headers, byte[] data) throws Malformed {
        String name = null;
        String filename = null;
        boolean disposition = false;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            if (!line.substring(0, colon).trim().equalsIgnoreCase("content-disposition")) {
                continue;
            }
            String value = line.substring(colon + 1).trim();
            if (!value.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                throw new Malformed("Content-Disposition must be form-data");
            }
            disposition = true;
            name = param(value, "name");
            filename = param(value, "filename");
        }
        if (!disposition || name == null) {
            throw new Malformed("a part without Content-Disposition: form-data; name=...");
        }
        return new Part(name, filename, data);
    }

    /**
     * A parameter of a Content-Disposition value, quoted or not. Browsers send '"' as %22 and a backslash as itself
     * (HTML's form encoding), so a backslash is not an escape here: old browsers send whole Windows paths.
     */
    static String param(String value, String key) {
        int i = 0;
        while (i < value.length()) {
            int semi = value.indexOf(';', i);
            if (semi < 0) {
                return null;
            }
            int start = semi + 1;
            while (start < value.length() && value.charAt(start) == ' ') {
                start++;
            }
            int eq = value.indexOf('=', start);
            if (eq < 0) {
                return null;
            }
            String k = value.substring(start, eq).trim();
            int vStart = eq + 1;
            String v;
            int next;
            if (vStart < value.length() && value.charAt(vStart) == '"') {
                StringBuilder sb = new StringBuilder();
                int j = vStart + 1;
                while (j < value.length() && value.charAt(j) != '"') {
                    sb.append(value.charAt(j));
                    j++;
                }
                v = sb.toString();
                next = j + 1;
            } else {
                int end = value.indexOf(';', vStart);
                next = end < 0 ? value.length() : end;
                v = value.substring(vStart, next).trim();
            }
            if (k.equalsIgnoreCase(key)) {
                return v;
            }
            i = next;
        }
        return null;
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > a.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of needle in a[from, to), or -1. */
    static int indexOf(byte[] a, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (a[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
