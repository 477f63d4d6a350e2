package dxcheck.engine;

import dxcheck.load.Loader;
import dxcheck.model.PolicyDocument;
import dxcheck.ruletest.CaseResult;
import dxcheck.ruletest.RuleCase;
import dxcheck.ruletest.RuleCaseRunner;
import org.junit.jupiter.api.AfterEach;
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

    @BeforeEach
    void useTempCache() {
        RuleBaseCache.configure(cache);
        RuleBase.forgetBuilt();
    }

    @AfterEach
    void restore() {
        RuleBaseCache.configure(RuleBaseCache.defaultDir());
        RuleBase.forgetBuilt();
    }

    @Test
    void aRuleBaseReadBackPassesEveryRuleCase() throws Exception {
        RuleBase compiled = RuleBase.build(RULES);
        assertEquals(1, entries().size());
        RuleBase.forgetBuilt();
        int hits = RuleBaseCache.HITS.get();
        RuleBase read = RuleBase.build(RULES);
        assertEquals(hits + 1, RuleBaseCache.HITS.get(), "the second build reads the disk cache");
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
        RuleBase.build(RULES);
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x5A;
        for (byte[] damaged : List.of(bad, java.util.Arrays.copyOf(good, good.length / 3), new byte[0])) {
            Files.write(entry, damaged);
            RuleBase.forgetBuilt();
            int hits = RuleBaseCache.HITS.get();
            RuleBase rebuilt = RuleBase.build(RULES);
            assertEquals(hits, RuleBaseCache.HITS.get(), "a damaged entry is not used");
            assertEquals(dxcheck.TestDocs.ruleIds(), rebuilt.rules().keySet());
            RuleBase.forgetBuilt();
            RuleBase.build(RULES);
            assertEquals(hits + 1, RuleBaseCache.HITS.get(), "the entry is written again, and reads back");
        }
    }

    @Test
    void twoRunsAtOnceBothSucceedAndLeaveOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                jobs.add(() -> RuleBase.buildUncached(RULES, null).rules().size());
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

    @Test
    void anyChangeToTheRulesGivesAnotherKey() throws Exception {
        List<DrlFile> files = DrlFile.under(RULES);
        String key = RuleBaseCache.key(files, "", null, "policy");
        List<DrlFile> edited = new ArrayList<>(files);
        DrlFile first = edited.get(0);
        edited.set(0, new DrlFile(first.shownPath(), first.kiePath(), first.text() + "\n// edited\n"));
        assertNotEquals(key, RuleBaseCache.key(edited, "", null, "policy"));
        assertNotEquals(key, RuleBaseCache.key(files, "<kmodule/>", null, "policy"));
        assertNotEquals(key, RuleBaseCache.key(files, "", "national", "policy"));
        assertNotEquals(key, RuleBaseCache.key(files, "", null, "policy 2"));
        assertEquals(key, RuleBaseCache.key(DrlFile.under(RULES), "", null, "policy"));
    }

    private List<Path> entries() throws java.io.IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
