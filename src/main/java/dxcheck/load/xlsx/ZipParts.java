package dxcheck.load.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a zip archive held in memory, found through its central directory (as Excel and LibreOffice read
 * them: a streaming reader cannot read the local headers FastExcel writes). Parts are inflated as they are read,
 * never past {@link #budget} bytes in all: a few kilobytes that inflate to gigabytes (a zip bomb) stop with an error
 * instead of filling the memory.
 */
public final class ZipParts {
    /** A zip that cannot be read as one; the message says why, in English (shown after a translated lead). */
    public static class Broken extends Exception {
        Broken(String message) {
            super(message, null, false, false);
        }
    }

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final long MAX32 = 0xFFFFFFFFL;

    private record Entry(int method, int flags, long compressed, long size, long offset) {
    }

    private final byte[] zip;
    private final Map<String, Entry> entries = new HashMap<>();
    private long budget;

    public ZipParts(byte[] zip, long budget) throws Broken {
        this.zip = zip;
        this.budget = budget;
        readCentralDirectory();
    }

    boolean has(String name) {
        return entries.containsKey(strip(name));
    }

    /**
     * The inflated bytes of a part as a stream, or null when the archive has no such part. Reading past the budget
     * throws {@link Overflow}.
     */
    java.io.InputStream open(String name) throws Broken {
        Entry e = entries.get(strip(name));
        if (e == null) {
            return null;
        }
        if ((e.flags & 1) != 0) {
            throw new Broken("encrypted part " + name);
        }
        int at = local(e, name);
        java.io.InputStream raw = new java.io.ByteArrayInputStream(zip, at, (int) e.compressed);
        if (e.method == 8) {
            raw = new java.util.zip.InflaterInputStream(raw, new java.util.zip.Inflater(true), 64 * 1024);
        } else if (e.method != 0) {
            throw new Broken("part " + name + " uses compression method " + e.method);
        }
        return new Budgeted(raw);
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** The workbook unpacks past the budget. */
    static final class TooLarge extends Broken {
        TooLarge() {
            super("too large unpacked");
        }
    }

    /** The parts read have inflated past the budget (thrown from inside the XML parser's reads). */
    static final class Overflow extends RuntimeException {
        Overflow() {
            super("too large unpacked", null, false, false);
        }
    }

    /** Counts what is read against the budget of the whole archive. */
    private final class Budgeted extends java.io.FilterInputStream {
        Budgeted(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            charge(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws java.io.IOException {
            int n = super.read(buf, off, len);
            charge(Math.max(0, n));
            return n;
        }

        private void charge(long bytes) {
            budget -= bytes;
            if (budget < 0) {
                throw new Overflow();
            }
        }
    }

    /** Where a part's data starts, past its local header. */
    private int local(Entry e, String name) throws Broken {
        if (e.offset < 0 || e.offset + 30 > zip.length || u32(e.offset) != LOCAL) {
            throw new Broken("no local header for part " + name);
        }
        long data = e.offset + 30 + u16(e.offset + 26) + u16(e.offset + 28);
        if (data + e.compressed > zip.length) {
            throw new Broken("part " + name + " runs past the end of the file");
        }
        return (int) data;
    }

    private void readCentralDirectory() throws Broken {
        long eocd = findEndRecord();
        long count = u16(eocd + 10);
        long offset = u32(eocd + 16);
        if (eocd >= 20 && u32(eocd - 20) == ZIP64_LOCATOR) {
            long z = u64(eocd - 12);
            if (z < 0 || z + 56 > zip.length || u32(z) != ZIP64_EOCD) {
                throw new Broken("broken zip64 end record");
            }
            count = u64(z + 32);
            offset = u64(z + 48);
        }
        long p = offset;
        for (long i = 0; i < count; i++) {
            if (p < 0 || p + 46 > zip.length || u32(p) != CENTRAL) {
                throw new Broken("broken central directory");
            }
            int nameLength = u16(p + 28);
            int extraLength = u16(p + 30);
            int commentLength = u16(p + 32);
            if (p + 46 + nameLength + extraLength > zip.length) {
                throw new Broken("broken central directory");
            }
            String name = new String(zip, (int) p + 46, nameLength, StandardCharsets.UTF_8);
            long[] sizes = {u32(p + 24), u32(p + 20), u32(p + 42)}; // size, compressed, offset: the zip64 order
            zip64(p + 46 + nameLength, extraLength, sizes);
            entries.put(name, new Entry(u16(p + 10), u16(p + 8), sizes[1], sizes[0], sizes[2]));
            p += 46L + nameLength + extraLength + commentLength;
        }
    }

    /** Replaces the 0xFFFFFFFF fields by those of the zip64 extra field, in its order. */
    private void zip64(long extra, int length, long[] sizes) throws Broken {
        long end = extra + length;
        for (long x = extra; x + 4 <= end; x += 4 + u16(x + 2)) {
            if (u16(x) != 1) {
                continue;
            }
            long q = x + 4;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] == MAX32) {
                    if (q + 8 > end) {
                        throw new Broken("broken zip64 field");
                    }
                    sizes[i] = u64(q);
                    q += 8;
                }
            }
        }
        for (long s : sizes) {
            if (s < 0 || s > Integer.MAX_VALUE) {
                throw new Broken("part larger than 2 GB");
            }
        }
    }

    private long findEndRecord() throws Broken {
        for (long p = zip.length - 22L; p >= Math.max(0, zip.length - 22L - 65535); p--) {
            if (u32(p) == EOCD) {
                return p;
            }
        }
        throw new Broken("no zip end record");
    }

    private int u16(long p) {
        return (zip[(int) p] & 0xFF) | (zip[(int) p + 1] & 0xFF) << 8;
    }

    private long u32(long p) {
        return u16(p) | (long) u16(p + 2) << 16;
    }

    private long u64(long p) {
        return u32(p) | u32(p + 4) << 32;
    }

    /** The whole inflated part (null when there is none), for rewriting an archive. */
    public byte[] bytes(String name) throws Broken {
        try (java.io.InputStream in = open(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException | Overflow e) {
            throw new Broken("part " + name + ": " + e.getMessage());
        }
    }

    /** The names of every part, sorted. */
    public List<String> names() {
        return entries.keySet().stream().sorted().toList();
    }
}
