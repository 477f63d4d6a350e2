package dxcheck.engine;

import dxcheck.TestDocs;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule that compiles but fails while running (its consequence throws, its condition divides by zero, it re-fires
 * without end) stops the run: exit 2, a message naming the rule and the fact it was matching, located at that fact,
 * and no report at all — never the findings of the rules that happened to fire before it.
 */
class RuleFailuresTest {
    @TempDir
    Path tmp;
    Path rules;
    Path input;
    Path report;

    private static final String HEADER = TestDocs.DRL_HEADER;
    private static final String METADATA = TestDocs.DRL_METADATA;
    /** Each firing inserts a new fact that makes it fire again: it runs until something stops it. */
    private static final String TICKS = """
                declare Tick
                    n : int
                end
                rule "ticks"
                """ + METADATA + """
                when
                    $a : AgencyStatus( )
                    $t : Tick( )
                then
                    insert(new Tick($t.getN() + 1));
                end
                rule "first tick"
                    @id("TST-001")
                when
                    AgencyStatus( )
                then
                    insert(new Tick(0));
                end
                """;

    /** The real rules folder, so the real rules run (and find things) before the broken one fails. */
    @BeforeEach
    void setUp() throws IOException {
        rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        TestDocs.declareTestFamily(rules);
        input = tmp.resolve("agency.yaml");
        Files.writeString(input, TestDocs.ONE_AGENCY);
        report = tmp.resolve("report.json");
        Files.writeString(report, "an earlier report");
    }

    private Cli.Result check(String drl) throws IOException {
        Files.writeString(rules.resolve("broken.drl"), HEADER + drl);
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("check", "--lang", "en",
                "--format", "json", "--output", report.toString(), "--rules", rules.toString(), input.toString()));
    }

    private void assertStopped(Cli.Result r, String... texts) throws IOException {
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"),
                r::toString);
        assertEquals("an earlier report", Files.readString(report), "no partial report");
        String line = r.err().lines().findFirst().orElse("");
        assertTrue(line.startsWith(input + ":1:1: "), () -> "located at the agency's document\n" + r);
        for (String t : texts) {
            assertTrue(line.contains(t), () -> "expected '" + t + "'\n" + r);
        }
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleAndTheFact() throws IOException {
        Cli.Result r = check("rule \"throws\"\n" + METADATA + """
                when
                    $a : AgencyStatus( )
                then
                    throw new IllegalStateException("the consequence gave up");
                end
                """);
        assertStopped(r, "rule 'throws' failed on ht.stttt", "the consequence gave up");
    }

    @Test
    void aConsequenceThatDividesByZeroNamesTheRuleAndTheFact() throws IOException {
        Cli.Result r = check("rule \"divides\"\n" + METADATA + """
                when
                    $a : AgencyStatus( staffing != null )
                then
                    int per = 10 / ($a.staffing().dedicatedDxStaff() - 3);
                    insert(Findings.of(kcontext, $a, "spec", "n", per));
                end
                """);
        assertStopped(r, "rule 'divides' failed on ht.stttt", "/ by zero");
    }

    @Test
    void aConditionThatDividesByZeroInAnEvalNamesTheRule() throws IOException {
        Cli.Result r = check("rule \"eval divides\"\n" + METADATA + """
                when
                    $a : AgencyStatus( )
                    eval( 1 / ($a.staffing().dedicatedDxStaff() - 3) == 0 )
                then
                    insert(Findings.of(kcontext, $a, "spec"));
                end
                """);
        assertStopped(r, "rule 'eval divides' failed on ht.stttt: / by zero");
    }

    /** MVEL divides in a constraint without throwing (10 / 0 is no error there); a Java call that divides does throw. */
    @Test
    void aConstraintThatDividesByZeroNamesTheRule() throws IOException {
        Cli.Result r = check("rule \"constraint divides\"\n" + METADATA + """
                when
                    $a : AgencyStatus( staffing != null, Math.floorDiv(10, staffing.dedicatedDxStaff - 3) > 1 )
                then
                    insert(Findings.of(kcontext, $a, "spec"));
                end
                """);
        assertStopped(r, "rule 'constraint divides' failed on ht.stttt", "/ by zero");
    }

    @Test
    void aConditionThatDereferencesNullNamesTheRule() throws IOException {
        Cli.Result r = check("rule \"null head\"\n" + METADATA + """
                when
                    $a : AgencyStatus( eval( $a.head().name().length() > 0 ) )
                then
                    insert(Findings.of(kcontext, $a, "spec"));
                end
                """);
        assertStopped(r, "rule 'null head' failed on ht.stttt");
    }

    /** Each firing inserts a new fact that makes it fire again: no fact repeats, the overall limit stops it. */
    @Test
    void aRuleThatKeepsInsertingIsStoppedByTheFireLimit() throws IOException {
        Cli.Result r = check(TICKS);
        assertStopped(r, "rule firings, most by rule 'ticks' (last on ht.stttt)");
    }

    /**
     * A check given up by its caller (the server's time limit cancels it, interrupting its thread) stops firing at
     * once: it ends cancelled, not by running on to the fire limit.
     */
    @Test
    void anInterruptedCheckStopsFiring() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), HEADER + TICKS);
        dxcheck.run.RuleSet set = dxcheck.TestRules.of(rules);
        dxcheck.engine.RuleBase base = set.rules();
        dxcheck.load.Inputs inputs = dxcheck.load.Loader.loadBytes(java.util.Map.of("agency.yaml",
                TestDocs.ONE_AGENCY.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        dxcheck.model.Policy policy = dxcheck.load.PolicyLayers.merge(set.basePolicy(),
                java.util.List.of(), inputs, java.time.LocalDate.of(2025, 3, 1));
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Thread.currentThread().interrupt(); // given up before the rules even start firing
                dxcheck.engine.Checker.run(base, inputs, policy, java.time.LocalDate.of(2023, 7, 15));
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        t.start();
        t.join(120_000);
        assertTrue(ended.get() instanceof java.util.concurrent.CancellationException, () -> String.valueOf(ended.get()));
    }

    /** update() re-triggers every rule on the fact, the real ones too: the rule that updates is the one named. */
    @Test
    void aRuleThatKeepsUpdatingItsFactIsStopped() throws IOException {
        Cli.Result r = check("rule \"loops\"\n" + METADATA + """
                when
                    $a : AgencyStatus( )
                then
                    update($a);
                end
                """);
        assertStopped(r, "rule 'loops' fired more than 1000 times on ht.stttt");
    }
}
