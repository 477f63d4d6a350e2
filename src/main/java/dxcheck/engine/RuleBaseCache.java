package dxcheck.engine;


import dxcheck.text.Debug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiled rule bases on disk, so that a run whose rules have not changed skips the DRL compiler (most of a small
 * check's time). An entry is named by the SHA-256 of everything the compiled rules depend on: the rule files (path
 * and text), kmodule.xml, the chosen rule pack, the rules folder's policy.yaml, the dxcheck, Drools and Java
 * versions; any change gives a new name. It holds the KiePackages serialized with Drools' own
 * DroolsObjectOutputStream, the bytecode of types declared in DRL, and the rule metadata dxcheck reads from the DRL.
 *
 * <p>Reading an entry back runs code (it holds compiled rules), so an entry is used only when this user's dxcheck
 * wrote it: it carries an HMAC with the user's own key, kept outside the cache ({@link CacheSecret}); it is read
 * through a class allow-list ({@link CacheEntryCodec}); and a cache folder or entry that another user owns or can
 * write is not used at all ({@link CacheFolder}, {@link OwnFiles}). Safe when runs start at once: an entry is written
 * to a temporary file beside it and renamed into place. Anything that is not used — planted, altered, truncated,
 * too large, unreadable, or made by another Drools or JVM the key missed — falls back to compiling, said on standard
 * error only with DXCHECK_DEBUG set (once per reason and cache), and the entry is rewritten. The rule base sees it only
 * as a {@link RuleBaseStore}.
 */
public final class RuleBaseCache implements RuleBaseStore {
    private final Path dir;
    /** Entries read back from disk by this cache (diagnostics and tests). */
    private final AtomicInteger hits = new AtomicInteger();
    /** What was already said about this cache with DXCHECK_DEBUG: each reason once. */
    private final Set<String> said = ConcurrentHashMap.newKeySet();

    RuleBaseCache(Path dir) {
        this.dir = dir;
    }

    /** The disk cache in a folder; a folder of null keeps nothing ({@link RuleBaseStore#NONE}). */
    public static RuleBaseStore in(Path folder) {
        return folder == null ? NONE : new RuleBaseCache(folder);
    }

    /**
     * The cache folder when no option names one: -Ddxcheck.cache.dir (the tests'), else $DXCHECK_CACHE, else
     * $XDG_CACHE_HOME/dxcheck, else ~/.cache/dxcheck; null when disabled (DXCHECK_CACHE=off).
     */
    public static Path defaultDir() {
        String prop = System.getProperty("dxcheck.cache.dir");
        if (prop != null && !prop.isBlank()) {
            return "off".equals(prop) ? null : Path.of(prop);
        }
        String env = System.getenv("DXCHECK_CACHE");
        if (env != null && !env.isBlank()) {
            return "off".equals(env) ? null : Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dxcheck");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "dxcheck");
    }

    public Path dir() {
        return dir;
    }

    /** How many entries this cache has read back. */
    public int hits() {
        return hits.get();
    }

    /**
     * The name of a rule base's entry: hex SHA-256 of the entry format, the dxcheck, Drools and Java versions, the
     * rule pack, the folder as named (rule locations name it) and the fingerprint of every byte of the folder.
     */
    static String key(String fingerprint, String shownDir, String kbase) {
        MessageDigest d = sha256();
        update(d, "format " + CacheEntryCodec.FORMAT);
        update(d, "dxcheck " + ToolVersion.get());
        update(d, "drools " + ToolVersion.drools());
        update(d, "java " + Runtime.version());
        update(d, "kbase " + kbase);
        update(d, "dir " + shownDir);
        update(d, "sources " + fingerprint);
        return HexFormat.of().formatHex(d.digest());
    }

    @Override
    public Entry read(String key) {
        CacheFolder cache = new CacheFolder(dir, this::debugOnce);
        try {
            byte[] secret = usableSecret(cache, false);
            byte[] all = secret == null ? null : cache.read(key);
            if (all == null) {
                return null;
            }
            Entry e = CacheEntryCodec.decode(CacheEntryCodec.unframe(key, all, secret));
            hits.incrementAndGet();
            return e;
        } catch (CacheFolder.Refused | CacheEntryCodec.NotAnEntry e) {
            debugOnce("rule cache entry " + cache.entry(key) + " not used: " + e.getMessage()
                    + "; compiling the rules instead");
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            debugOnce("rule cache entry " + cache.entry(key) + " is unusable (" + e
                    + "); compiling the rules instead");
        }
        return null;
    }

    @Override
    public void write(String key, Entry entry) {
        CacheFolder cache = new CacheFolder(dir, this::debugOnce);
        try {
            byte[] secret = usableSecret(cache, true);
            if (secret == null) {
                return;
            }
            cache.write(key, CacheEntryCodec.frame(key, CacheEntryCodec.encode(entry), secret));
            cache.prune();
        } catch (Exception | LinkageError e) {
            debugOnce("cannot write the rule cache in " + dir + " (" + e + ")");
        }
    }

    /**
     * The user's key when both the folder and the key can be trusted, else null (said once with DXCHECK_DEBUG): a
     * folder that others can write, or that another user owns, is not used at all.
     */
    private byte[] usableSecret(CacheFolder cache, boolean create) throws IOException {
        String why = cache.distrust(create);
        if (why != null) {
            if (!why.isEmpty()) {
                debugOnce("rule cache not used: " + why + "; compiling the rules instead");
            }
            return null;
        }
        Path keyFile = CacheSecret.defaultFile();
        if (keyFile != null && keyFile.toAbsolutePath().normalize().startsWith(cache.dir().normalize())) {
            debugOnce("rule cache not used: its key " + keyFile + " is inside the cache folder");
            return null;
        }
        try {
            return CacheSecret.load(keyFile);
        } catch (CacheSecret.Unusable e) {
            debugOnce("rule cache not used: " + e.getMessage() + "; compiling the rules instead");
            return null;
        }
    }

    /** Says why the cache was passed over, on standard error, once per reason, with DXCHECK_DEBUG. */
    private void debugOnce(String message) {
        if (Debug.on() && said.add(message)) {
            Debug.note(message);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
            (byte) b.length});
        d.update(b);
    }
}
