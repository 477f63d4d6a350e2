package dxcheck.engine;

import dxcheck.model.Location;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bytes of a rule-cache entry. The frame is: a magic line, the format number, the entry's key, an HMAC-SHA256
 * (with the user's {@link CacheSecret}) of all of these and of the payload, the payload's length, the payload. Only a
 * payload whose HMAC checks out is deserialized — so only what this user's dxcheck wrote — and even then through an
 * {@link ObjectInputFilter} that admits the JDK's plain values and collections (a list), Drools, Kie and MVEL classes,
 * dxcheck's model and rule metadata and the types declared in the entry's own DRL, and nothing else: no proxy, no
 * other library, no JDK class that loads code or reaches outside the process.
 */
final class CacheEntryCodec {
    private static final byte[] MAGIC = "dxcheck-rulebase\n".getBytes(StandardCharsets.US_ASCII);
    /** Raised with each change to what an entry holds or to how it is read from the rules (RuleScope, ProvinceTies). */
    static final int FORMAT = 4;
    private static final int MAX_DEPTH = 500;
    private static final long MAX_REFERENCES = 10_000_000;
    private static final long MAX_ARRAY = 64L * 1024 * 1024;
    /** The rule engine's own classes, and the model the rules match: allowed by package. */
    private static final List<String> ALLOWED_PACKAGES = List.of("org.drools.", "org.kie.", "org.mvel2.",
            "dxcheck.model.");
    /** The JDK's plain values and collections that compiled rules hold (found by recording what an entry reads). */
    private static final Set<String> ALLOWED_CLASSES = Set.of("java.lang.Object", "java.lang.Number",
            "java.lang.Comparable", "java.lang.Enum", "java.lang.String", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Character", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger", "java.time.LocalDate",
            "java.time.temporal.ChronoUnit", "java.util.ArrayList", "java.util.LinkedList", "java.util.Arrays$ArrayList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.IdentityHashMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Map$Entry",
            "java.util.CollSer", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentHashMap$Segment", "java.util.concurrent.ConcurrentHashMap$CollectionView",
            "java.util.concurrent.ConcurrentHashMap$KeySetView", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$Sync", "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", RuleInfo.class.getName(), Findings.class.getName(),
            Partitioning.class.getName());
    /** Nested classes of the JDK's collection factories (empty, immutable, synchronized and unmodifiable views). */
    private static final List<String> ALLOWED_NESTED = List.of("java.util.Collections$", "java.util.ImmutableCollections$");

    private CacheEntryCodec() {
    }

    /** Thrown for an entry that is not one (damaged, forged, another format); the caller compiles instead. */
    static final class NotAnEntry extends Exception {
        NotAnEntry(String why) {
            super(why, null, false, false);
        }

        NotAnEntry(String why, Throwable cause) {
            super(why + " (" + cause + ")", null, false, false);
        }
    }

    static byte[] frame(String key, byte[] payload, byte[] secret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 128);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.write(mac(secret, key, payload));
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
        return bytes.toByteArray();
    }

    /** The payload of a framed entry, when it is one with this key, whole, and authenticated by this user's secret. */
    static byte[] unframe(String key, byte[] all, byte[] secret) throws NotAnEntry {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                throw new NotAnEntry("not an entry of this format and key");
            }
            byte[] mac = in.readNBytes(32);
            int length = in.readInt();
            if (length < 0 || length > all.length) {
                throw new NotAnEntry("damaged (length)");
            }
            byte[] payload = in.readNBytes(length);
            if (payload.length != length || in.read() != -1) {
                throw new NotAnEntry("damaged (length)");
            }
            if (!MessageDigest.isEqual(mac, mac(secret, key, payload))) {
                throw new NotAnEntry("not written by this user's dxcheck (its HMAC does not match the key in "
                        + CacheSecret.defaultFile() + ")");
            }
            return payload;
        } catch (IOException e) {
            throw new NotAnEntry("damaged", e);
        }
    }

    private static byte[] mac(byte[] secret, String key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(MAGIC);
            mac.update(new byte[] {0, 0, 0, (byte) FORMAT});
            mac.update(key.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(payload);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] encode(RuleBaseStore.Entry entry) throws IOException {
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
            out.writeObject(entry.partitioning());
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
    static RuleBaseStore.Entry decode(byte[] payload) throws IOException, ClassNotFoundException {
        ClassLoader parent = RuleBaseCache.class.getClassLoader();
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(payload));
        int metaLength = data.readInt();
        if (metaLength < 0 || metaLength > payload.length) {
            throw new IOException("damaged (metadata length)");
        }
        byte[] meta = data.readNBytes(metaLength);
        Map<String, byte[]> types;
        Map<String, RuleInfo> rules;
        Map<String, Location> keys;
        Partitioning partitioning;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(meta)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, parent);
            }
        }) {
            in.setObjectInputFilter(filter(Set.of()));
            types = (Map<String, byte[]>) in.readObject();
            rules = (Map<String, RuleInfo>) in.readObject();
            keys = (Map<String, Location>) in.readObject();
            partitioning = (Partitioning) in.readObject();
        }
        ProjectClassLoader pcl = ProjectClassLoader.createProjectClassLoader(parent, types);
        Collection<KiePackage> packages;
        try (DroolsObjectInputStream drools = new DroolsObjectInputStream(data, pcl)) {
            drools.setObjectInputFilter(filter(declaredTypes(types)));
            packages = (Collection<KiePackage>) drools.readObject();
        }
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, pcl));
        kb.addPackages(packages);
        return new RuleBaseStore.Entry(kb, rules, keys, partitioning);
    }

    /** The class names of the types the entry's DRL declares (their bytecode is stored as a/b/C.class). */
    private static Set<String> declaredTypes(Map<String, byte[]> types) {
        Set<String> names = new java.util.HashSet<>();
        for (String resource : types.keySet()) {
            if (resource.endsWith(".class")) {
                names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    static ObjectInputFilter filter(Set<String> declared) {
        return info -> {
            if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> c = info.serialClass();
            if (c == null) {
                return ObjectInputFilter.Status.UNDECIDED;
            }
            while (c.isArray()) {
                c = c.getComponentType();
            }
            return c.isPrimitive() || allowed(c.getName(), declared) ? ObjectInputFilter.Status.ALLOWED
                    : ObjectInputFilter.Status.REJECTED;
        };
    }

    static boolean allowed(String name, Set<String> declared) {
        if (ALLOWED_CLASSES.contains(name) || declared.contains(name)) {
            return true;
        }
        return ALLOWED_PACKAGES.stream().anyMatch(name::startsWith)
                || ALLOWED_NESTED.stream().anyMatch(name::startsWith);
    }
}
