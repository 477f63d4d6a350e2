package dxcheck.engine;

import dxcheck.load.Loader;
import dxcheck.model.PolicyDocument;
import dxcheck.ruletest.CaseResult;
import dxcheck.ruletest.RuleCase;
import dxcheck.ruletest.RuleCaseRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled rules on disk: read back, they behave as compiled ones; damaged, they are never used. */
class RuleBaseCacheTest {
    static final Path RULES = Path.of("rules");

    @TempDir
    Path cache;
    @TempDir
    Path tmp;
    RuleBaseCache store;

    @BeforeEach
    void useTempCache() {
        store = new RuleBaseCache(cache);
    }

    /** The rule base of the folder, from the test's cache or compiled (nothing kept in memory between builds). */
    private RuleBase build() throws Exception {
        return RuleBase.build(RuleSources.read(RULES), null, store);
    }

    @Test
    void aRuleBaseReadBackPassesEveryRuleCase() throws Exception {
        RuleBase compiled = build();
        assertEquals(1, entries().size());
        int hits = store.hits();
        RuleBase read = build();
        assertEquals(hits + 1, store.hits(), "the second build reads the disk cache");
        assertNotSame(compiled.kieBase(), read.kieBase());
        assertEquals(compiled.rules(), read.rules());
        assertEquals(compiled.policyKeysRead(), read.policyKeysRead());

        PolicyDocument base = Loader.load(List.of(RULES.resolve("policy.yaml").toString()),
                InputStream.nullInputStream()).policies.get(0);
        RuleCaseRunner runner = new RuleCaseRunner(read, base);
        int ran = 0;
        for (Path p : RuleCaseRunner.caseFiles(RULES)) {
            RuleCase c = RuleCase.read(p, p.toString());
            CaseResult r = runner.run(c);
            assertTrue(r.passed(), () -> p + ": " + String.join("\n", r.failures()));
            ran++;
        }
        assertTrue(ran > 90, "ran " + ran + " cases");
    }

    @Test
    void aDamagedEntryIsNotTrustedAndIsReplaced() throws Exception {
        build();
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x5A;
        for (byte[] damaged : List.of(bad, java.util.Arrays.copyOf(good, good.length / 3), new byte[0])) {
            Files.write(entry, damaged);
            int hits = store.hits();
            RuleBase rebuilt = build();
            assertEquals(hits, store.hits(), "a damaged entry is not used");
            assertEquals(dxcheck.TestDocs.ruleIds(), rebuilt.rules().keySet());
            build();
            assertEquals(hits + 1, store.hits(), "the entry is written again, and reads back");
        }
    }

    @Test
    void twoRunsAtOnceBothSucceedAndLeaveOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                jobs.add(() -> build().rules().size());
            }
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                assertEquals(dxcheck.TestDocs.ruleIds().size(), f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, entries().size());
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".tmp")).count(), "no temporary file left");
        }
    }

    /** One fingerprint names a rule base in memory and on disk: any byte of the folder, the pack, give another. */
    @Test
    void anyChangeToTheRulesGivesAnotherKey() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(RULES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        String key = RuleBase.key(RuleSources.read(rules), null);
        Path drl = rules.resolve("staffing.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text + "\n// edited\n");
        assertNotEquals(key, RuleBase.key(RuleSources.read(rules), null), "a rule file");
        Files.writeString(drl, text);
        Files.writeString(rules.resolve("kmodule.xml"), "<kmodule/>");
        assertNotEquals(key, RuleBase.key(RuleSources.read(rules), null), "kmodule.xml");
        Files.delete(rules.resolve("kmodule.xml"));
        assertNotEquals(key, RuleBase.key(RuleSources.read(rules), "national"), "the rule pack");
        Path policy = rules.resolve("policy.yaml");
        String before = Files.readString(policy);
        Files.writeString(policy, before + "\n");
        assertNotEquals(key, RuleBase.key(RuleSources.read(rules), null), "the policy");
        Files.writeString(policy, before);
        Path terms = rules.resolve("terms.yaml");
        String labels = Files.readString(terms);
        Files.writeString(terms, labels + "\n");
        assertNotEquals(key, RuleBase.key(RuleSources.read(rules), null), "what the folder knows");
        Files.writeString(terms, labels);
        assertEquals(key, RuleBase.key(RuleSources.read(rules), null), "the same bytes, the same key");
    }

    private List<Path> entries() throws java.io.IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
