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

    private Limits() {
    }
}
