package dxcheck.engine;

import dxcheck.model.Location;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiled rule bases on disk, so that a run whose rules have not changed skips the DRL compiler (most of a small
 * check's time). An entry is named by the SHA-256 of everything the compiled rules depend on: the rule files (path
 * and text), kmodule.xml, the chosen rule pack, the rules folder's policy.yaml, the dxcheck, Drools and Java
 * versions; any change gives a new name. It holds the KiePackages serialized with Drools' own
 * DroolsObjectOutputStream, the bytecode of types declared in DRL, and the rule metadata dxcheck reads from the DRL.
 *
 * <p>Safe when runs start at once: an entry is written to a temporary file beside it and renamed into place; a
 * reader sees the old entry, the new one, or none. Never trusted when damaged: the file carries its key and a
 * SHA-256 of its content, and anything that does not read back (a truncated file, a Drools or JVM change the key
 * missed) falls back to compiling — said on standard error only with DXCHECK_DEBUG set — and the entry is rewritten.
 */
public final class RuleBaseCache {
    private static final byte[] MAGIC = "dxcheck-rulebase\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int KEEP = 16;

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
        update(d, "format " + FORMAT);
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

    static Entry read(String key) {
        Path folder = dir;
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve("rulebase-" + key + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                throw new IOException("not an entry of this format and key");
            }
            byte[] digest = in.readNBytes(32);
            int length = in.readInt();
            byte[] payload = in.readNBytes(length);
            if (payload.length != length || in.read() != -1
                    || !MessageDigest.isEqual(digest, sha256().digest(payload))) {
                throw new IOException("damaged (length or checksum)");
            }
            Entry e = decode(payload);
            HITS.incrementAndGet();
            return e;
        } catch (Exception | LinkageError e) {
            debug("dxcheck: rule cache " + file + " is unusable (" + e + "); compiling the rules instead");
            return null;
        }
    }

    static void write(String key, Entry entry) {
        Path folder = dir;
        if (folder == null) {
            return;
        }
        Path tmp = null;
        try {
            byte[] payload = encode(entry);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.write(sha256().digest(payload));
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "rulebase-", ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Path file = folder.resolve("rulebase-" + key + ".bin");
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(folder);
        } catch (Exception | LinkageError e) {
            debug("dxcheck: cannot write the rule cache in " + folder + " (" + e + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static byte[] encode(Entry entry) throws IOException {
        InternalKnowledgeBase kb = (InternalKnowledgeBase) entry.kieBase();
        Map<String, byte[]> types = new TreeMap<>();
        if (kb.getRootClassLoader() instanceof ProjectClassLoader pcl && pcl.getStore() != null) {
            types.putAll(pcl.getStore());
        }
        ByteArrayOutputStream meta = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream out = new ObjectOutputStream(meta)) {
            out.writeObject(new HashMap<>(types));
            out.writeObject(new TreeMap<>(entry.rules()));
            out.writeObject(new TreeMap<>(entry.policyKeysRead()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(meta.size());
        meta.writeTo(data);
        try (DroolsObjectOutputStream drools = new DroolsObjectOutputStream(data)) {
            drools.writeObject(new ArrayList<>(entry.kieBase().getKiePackages()));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Entry decode(byte[] payload) throws IOException, ClassNotFoundException {
        ClassLoader parent = RuleBaseCache.class.getClassLoader();
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(payload));
        byte[] meta = data.readNBytes(data.readInt());
        Map<String, byte[]> types;
        Map<String, RuleInfo> rules;
        Map<String, Location> keys;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(meta)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, parent);
            }
        }) {
            types = (Map<String, byte[]>) in.readObject();
            rules = (Map<String, RuleInfo>) in.readObject();
            keys = (Map<String, Location>) in.readObject();
        }
        ProjectClassLoader pcl = ProjectClassLoader.createProjectClassLoader(parent, types);
        Collection<KiePackage> packages;
        try (DroolsObjectInputStream drools = new DroolsObjectInputStream(data, pcl)) {
            packages = (Collection<KiePackage>) drools.readObject();
        }
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, pcl));
        kb.addPackages(packages);
        return new Entry(kb, rules, keys);
    }

    private static void prune(Path folder) throws IOException {
        List<Path> entries;
        try (var s = Files.list(folder)) {
            entries = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("rulebase-")
                    && p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.sort((a, b) -> {
            try {
                return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
            } catch (IOException e) {
                return 0;
            }
        });
        for (Path old : entries.subList(KEEP, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void debug(String message) {
        if (System.getenv("DXCHECK_DEBUG") != null || Boolean.getBoolean("dxcheck.debug")) {
            PrintStream err = System.err;
            err.println(message);
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
