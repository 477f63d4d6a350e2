package dxcheck.engine;

import dxcheck.model.Location;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
 * error only with DXCHECK_DEBUG set (once), and the entry is rewritten. This class is the whole interface the rule
 * base sees: {@link #read} and {@link #write}.
 */
public final class RuleBaseCache {
    private static volatile Path dir = defaultDir();
    /** Entries read back from disk in this process (diagnostics and tests). */
    static final java.util.concurrent.atomic.AtomicInteger HITS = new java.util.concurrent.atomic.AtomicInteger();

    private RuleBaseCache() {
    }

    /**
     * The cache folder: --cache-dir, else -Ddxcheck.cache.dir (the tests'), else $DXCHECK_CACHE, else $XDG_CACHE_HOME/dxcheck,
     * else ~/.cache/dxcheck; null when disabled (--no-cache, or DXCHECK_CACHE=off).
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

    /** Sets the folder for this process (null disables the disk cache). */
    public static void configure(Path folder) {
        dir = folder;
    }

    public static Path dir() {
        return dir;
    }

    /** The key of a rule base: hex SHA-256. */
    static String key(List<DrlFile> files, String kmodule, String kbase, String basePolicy) {
        MessageDigest d = sha256();
        update(d, "format " + CacheEntryCodec.FORMAT);
        update(d, "dxcheck " + resource("/dxcheck/version.txt"));
        update(d, "drools " + droolsVersion());
        update(d, "java " + Runtime.version());
        update(d, "kbase " + kbase);
        update(d, "kmodule " + kmodule);
        update(d, "policy " + basePolicy);
        for (DrlFile f : files) {
            update(d, "file " + f.shownPath() + "\u0000" + f.kiePath());
            update(d, f.text());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static String droolsVersion() {
        String v = KieBase.class.getPackage() == null ? null : KieBase.class.getPackage().getImplementationVersion();
        String core = org.drools.core.impl.KnowledgeBaseImpl.class.getPackage().getImplementationVersion();
        return v + "/" + core;
    }

    /** What is stored besides the packages: the rule metadata and policy keys read from the DRL sources. */
    record Entry(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Location> policyKeysRead) {
    }

    /** The entry stored under key, or null (none, not trusted, damaged: then the rules are compiled). */
    static Entry read(String key) {
        Path folder = dir;
        if (folder == null) {
            return null;
        }
        CacheFolder cache = new CacheFolder(folder);
        try {
            byte[] secret = usableSecret(cache, false);
            byte[] all = secret == null ? null : cache.read(key);
            if (all == null) {
                return null;
            }
            Entry e = CacheEntryCodec.decode(CacheEntryCodec.unframe(key, all, secret));
            HITS.incrementAndGet();
            return e;
        } catch (CacheFolder.Refused | CacheEntryCodec.NotAnEntry e) {
            debugOnce("dxcheck: rule cache entry " + cache.entry(key) + " not used: " + e.getMessage()
                    + "; compiling the rules instead");
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            debugOnce("dxcheck: rule cache entry " + cache.entry(key) + " is unusable (" + e
                    + "); compiling the rules instead");
        }
        return null;
    }

    static void write(String key, Entry entry) {
        Path folder = dir;
        if (folder == null) {
            return;
        }
        CacheFolder cache = new CacheFolder(folder);
        try {
            byte[] secret = usableSecret(cache, true);
            if (secret == null) {
                return;
            }
            cache.write(key, CacheEntryCodec.frame(key, CacheEntryCodec.encode(entry), secret));
            cache.prune();
        } catch (Exception | LinkageError e) {
            debugOnce("dxcheck: cannot write the rule cache in " + folder + " (" + e + ")");
        }
    }

    /**
     * The user's key when both the folder and the key can be trusted, else null (said once with DXCHECK_DEBUG): a
     * folder that others can write, or that another user owns, is not used at all.
     */
    private static byte[] usableSecret(CacheFolder cache, boolean create) throws IOException {
        String why = cache.distrust(create);
        if (why != null) {
            if (!why.isEmpty()) {
                debugOnce("dxcheck: rule cache not used: " + why + "; compiling the rules instead");
            }
            return null;
        }
        Path keyFile = CacheSecret.defaultFile();
        if (keyFile != null && keyFile.toAbsolutePath().normalize().startsWith(cache.dir().normalize())) {
            debugOnce("dxcheck: rule cache not used: its key " + keyFile + " is inside the cache folder");
            return null;
        }
        try {
            return CacheSecret.load(keyFile);
        } catch (CacheSecret.Unusable e) {
            debugOnce("dxcheck: rule cache not used: " + e.getMessage() + "; compiling the rules instead");
            return null;
        }
    }

    /** Says why the cache was passed over, on standard error, once per reason per process, with DXCHECK_DEBUG. */
    private static void debugOnce(String message) {
        if ((System.getenv("DXCHECK_DEBUG") != null || Boolean.getBoolean("dxcheck.debug")) && SAID.add(message)) {
            PrintStream err = System.err;
            err.println(message);
        }
    }

    private static final java.util.Set<String> SAID = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(ByteBufferInt.of(b.length));
        d.update(b);
    }

    private static String resource(String name) {
        try (InputStream in = RuleBaseCache.class.getResourceAsStream(name)) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "dev";
        }
    }

    private static final class ByteBufferInt {
        static byte[] of(int v) {
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
    }
}
