package dxcheck.load;

/** Explicit limits on input, so a hostile or broken file fails fast with a located error (see README). */
public final class Limits {
    /** Largest input file or standard input, in bytes. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** Aliases to mappings or lists per file (the alias-bomb guard); aliases to scalars are not counted. */
    public static final int MAX_COLLECTION_ALIASES = 50;
    /** Deepest nesting of mappings and lists. */
    public static final int MAX_NESTING_DEPTH = 50;

    /**
     * Documents per run, over all files: a whole country was about 12 000 agencies before the 2025 reform (the
     * generated national data set is 4 112 documents), so 50 000 leaves room while bounding time and memory — 100 000
     * agencies of one province took 10 s and 2.8 GB.
     */
    public static final int MAX_DOCUMENTS = 50_000;

    /**
     * What the parts of one .xlsx workbook may unpack to, in all: sheet XML packs about ten to one, so this is a
     * workbook of some 50 MiB of rows (about 2 million cells); a zip bomb of a few kilobytes stops here.
     */
    public static final long MAX_WORKBOOK_UNPACKED = 512L * 1024 * 1024;

    /**
     * Longest scalar (a key or a value), in characters: 1 MiB unless -Ddxcheck.maxScalarChars or
     * DXCHECK_MAX_SCALAR_CHARS says otherwise. SnakeYAML's reader copies its whole window for every 1 024 characters
     * it reads ahead, so one long value costs time and memory by the square of its length (an 8 MB line: 20–38 s
     * and 1.6–2.3 GB); a limit keeps a file's cost linear.
     */
    public static int maxScalarChars() {
        return setting("dxcheck.maxScalarChars", "DXCHECK_MAX_SCALAR_CHARS", 1024 * 1024);
    }

    /** Longest line: a scalar at the limit with its key and indentation. Checked before parsing. */
    public static int maxLineChars() {
        return maxScalarChars() + 1024;
    }

    /** Longest a file may take to read, in seconds (-Ddxcheck.maxFileSeconds, DXCHECK_MAX_FILE_SECONDS): 60. */
    public static int maxFileSeconds() {
        return setting("dxcheck.maxFileSeconds", "DXCHECK_MAX_FILE_SECONDS", 60);
    }

    private static int setting(String property, String env, int fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        try {
            return v == null || v.isBlank() ? fallback : Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Limits() {
    }
}
