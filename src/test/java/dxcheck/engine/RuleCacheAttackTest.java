package dxcheck.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The attacks on the rule cache from the security review (issue 13): a file planted or altered in the cache folder
 * must never be deserialized, a folder or entry others can write is not used, and nothing there stops a run.
 */
class RuleCacheAttackTest {
    /** A small rules folder (the staffing rules and the policy), so that each "compiled instead" is quick. */
    Path rules;
    int ruleCount;

    @TempDir
    Path tmp;
    Path cache;
    RuleBaseCache store;

    @BeforeEach
    void useTempCache() throws Exception {
        rules = Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Path.of("rules/staffing.drl"), rules.resolve("staffing.drl"));
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        dxcheck.TestDocs.copyKnowledge(rules);
        cache = tmp.resolve("cache");
        store = new RuleBaseCache(cache);
        PlantedCanary.ran = false;
    }

    /** The key the cache files these rules under. */
    String key() throws Exception {
        return RuleBase.key(RuleSources.read(rules), null);
    }

    /** A payload whose first object runs code when read: what a planted entry carries. */
    static byte[] gadgetPayload() throws IOException {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(meta)) {
            out.writeObject(new PlantedCanary());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(meta.size());
        meta.writeTo(data);
        return bytes.toByteArray();
    }

    /** Builds from the test's cache (nothing is kept in memory between builds). */
    private int build() throws Exception {
        return build(store);
    }

    private int build(RuleBaseStore from) throws Exception {
        return RuleBase.build(RuleSources.read(rules), null, from).rules().size();
    }

    @Test
    void aPlantedEntryWithAChecksumButNoKeyIsNeverRead() throws Exception {
        // the format before the fix: magic, format 1, key, SHA-256 of the payload — anyone could write one
        byte[] payload = gadgetPayload();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("dxcheck-rulebase\n".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1);
        out.writeUTF(key());
        out.write(MessageDigest.getInstance("SHA-256").digest(payload));
        out.writeInt(payload.length);
        out.write(payload);
        plant(bytes.toByteArray());
        assertRulesCompiledAndCanaryQuiet();
        // the same in the current format, authenticated with a key the attacker made up
        plant(CacheEntryCodec.frame(key(), payload, new byte[CacheSecret.BYTES]));
        assertRulesCompiledAndCanaryQuiet();
    }

    @Test
    void evenAnAuthenticatedEntryIsReadThroughTheClassAllowList() throws Exception {
        byte[] secret = CacheSecret.load(CacheSecret.defaultFile());
        plant(CacheEntryCodec.frame(key(), gadgetPayload(), secret));
        assertRulesCompiledAndCanaryQuiet();
        assertFalse(CacheEntryCodec.allowed(PlantedCanary.class.getName(), java.util.Set.of()));
        assertFalse(CacheEntryCodec.allowed("org.apache.commons.collections.functors.InvokerTransformer",
                java.util.Set.of()));
        assertFalse(CacheEntryCodec.allowed("java.lang.invoke.SerializedLambda", java.util.Set.of()));
        assertFalse(CacheEntryCodec.allowed("javax.management.BadAttributeValueExpException", java.util.Set.of()));
        assertTrue(CacheEntryCodec.allowed("org.drools.base.rule.Pattern", java.util.Set.of()));
    }

    @Test
    void aFolderOthersCanWriteIsNotUsedAndSaysWhyOnceWithDebug() throws Exception {
        Files.createDirectories(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        String err = withDebug(() -> {
            assertEquals(expected(), build());
            assertEquals(expected(), build());
        });
        assertEquals(List.of(), entries(), "nothing written to a folder others can write");
        String why = "rule cache not used: " + cache.toAbsolutePath() + " can be written by other users";
        assertTrue(err.contains(why), err);
        assertEquals(err.indexOf(why), err.lastIndexOf(why), "said once: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void anEntryOthersCanWriteOrAnotherUserOwnsIsNotRead() throws Exception {
        build();
        Path entry = entries().get(0);
        int hits = store.hits();
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals(expected(), build());
        assertEquals(hits, store.hits(), "an entry others can write is not read");
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-------"));
        assumeTrue(OwnFiles.currentUid() == 0, "changing an entry's owner needs root");
        Files.setAttribute(entry, "unix:uid", 65534);
        assertEquals(expected(), build());
        assertEquals(hits, store.hits(), "an entry another user owns is not read");
    }

    @Test
    void anOversizedOrOddEntryIsIgnoredWithoutAnError() throws Exception {
        Path entry = Files.createDirectories(cache).resolve("rulebase-" + key() + ".bin");
        try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
            f.setLength(CacheFolder.MAX_ENTRY_BYTES + 1); // sparse: nothing is really written
        }
        String err = withDebug(() -> assertEquals(expected(), build()));
        assertTrue(err.contains("is larger than"), err);
        Files.delete(entry);
        Files.createDirectory(entry);
        assertEquals(expected(), build(), "a folder where the entry should be");
        Files.delete(entry);
        Files.writeString(entry, "garbage");
        assertEquals(expected(), build(), "garbage");
        assertFalse(PlantedCanary.ran);
    }

    @Test
    void theKeyIsPrivateAndOutsideTheCacheAndAKeyOthersCanReadIsNotUsed() throws Exception {
        Path keyFile = tmp.resolve("config/dxcheck/cache.key");
        byte[] key = CacheSecret.load(keyFile);
        assertEquals(CacheSecret.BYTES, key.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())));
        assertTrue(java.util.Arrays.equals(key, CacheSecret.load(keyFile)), "made once, then read");
        try (Stream<Path> s = Files.list(keyFile.getParent())) {
            assertEquals(1, s.count(), "no temporary file left beside the key");
        }
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        CacheSecret.Unusable e = org.junit.jupiter.api.Assertions.assertThrows(CacheSecret.Unusable.class,
                () -> CacheSecret.load(keyFile));
        assertTrue(e.getMessage().contains("can be read by other users"), e::getMessage);
    }

    @Test
    void theCacheKeepsOnlyTheNewestEntriesAndRemovesWhatKilledRunsLeft() throws Exception {
        Files.createDirectories(cache);
        for (int i = 0; i < 20; i++) {
            Path old = cache.resolve("rulebase-" + String.format("%064d", i) + ".bin");
            Files.write(old, new byte[1000]);
            Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(cache.resolve("rulebase-" + gone.pid() + "-1.tmp"), "half an entry");
        Path live = Files.writeString(cache.resolve("rulebase-" + ProcessHandle.current().pid() + "-2.tmp"), "x");
        build();
        List<Path> kept = entries();
        assertEquals(CacheFolder.KEEP, kept.size(), kept::toString);
        assertTrue(kept.contains(cache.resolve("rulebase-" + key() + ".bin")), "the new entry is kept");
        assertTrue(kept.contains(cache.resolve("rulebase-" + String.format("%064d", 19) + ".bin")), "the newest old one");
        assertFalse(Files.exists(stale), "the temporary file of a run that is gone is removed");
        assertTrue(Files.exists(live), "a running writer's temporary file is left alone");
    }

    /** How many rules the folder has, compiled without any cache. */
    private int expected() throws Exception {
        if (ruleCount == 0) {
            ruleCount = build(RuleBaseStore.NONE);
        }
        return ruleCount;
    }

    private void plant(byte[] bytes) throws Exception {
        Path entry = Files.createDirectories(cache).resolve("rulebase-" + key() + ".bin");
        Files.write(entry, bytes);
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-------"));
    }

    private void assertRulesCompiledAndCanaryQuiet() throws Exception {
        int hits = store.hits();
        assertEquals(expected(), build());
        assertEquals(hits, store.hits(), "the planted entry is not used");
        assertFalse(PlantedCanary.ran, "the planted entry's code did not run");
    }

    private interface Body {
        void run() throws Exception;
    }

    /** Standard error while the body runs with dxcheck.debug set (as DXCHECK_DEBUG does). */
    private static String withDebug(Body body) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("dxcheck.debug", "true");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(saved);
            System.clearProperty("dxcheck.debug");
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
    }
}
