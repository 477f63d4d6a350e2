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
     * Documents per run, over all files: a whole country is about 12 000 agencies before the 2025 reform. Some
     * aggregate rules compare the agencies of a jurisdiction with each other, so the cost grows faster than the count.
     */
    public static final int MAX_DOCUMENTS = 20_000;

    private Limits() {
    }
}
