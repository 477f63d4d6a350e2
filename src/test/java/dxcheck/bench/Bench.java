package dxcheck.bench;

import dxcheck.engine.Checker;
import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleBaseCache;
import dxcheck.engine.RuleBaseStore;
import dxcheck.engine.RuleSources;
import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.report.JsonReporter;
import dxcheck.report.Report;
import dxcheck.run.Timing;
import dxcheck.text.Lang;

import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark run over one data folder, in a fresh JVM (bench/run starts one per scale). Times, side by side:
 * <ul>
 * <li>the load, cold (the first in the JVM) and warm, against the floor: the same files only composed by SnakeYAML
 * ({@link ComposeFloor}); warm load and floor run alternately two or three times each, the best of each kept;</li>
 * <li>the rule-base build, compiled and read back from the disk cache;</li>
 * <li>the evaluation, cold and warm (a second session), against two plain-Java baselines making the same decisions
 * ({@link PlainChecks}): the old one that only counts findings per rule, and the fair one that makes the located
 * findings and sorts them; each run twice, cold and warm;</li>
 * <li>the JSON report, written to a file in a temporary folder; the peak heap.</li>
 * </ul>
 * The findings of the covered rules are compared with the fair baseline's, by rule id and by (rule, subject, place).
 * Prints two TSV lines for bench/run's tables (prefixes PHASES and RATIOS) and the per-rule comparison.
 *
 * <p>Usage: Bench DATA_DIR LABEL [RULES_DIR]
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String label = args[1];
        Path rulesDir = Path.of(args.length > 2 ? args[2] : "rules");
        LocalDate asOf = LocalDate.parse(dxcheck.generate.NationalGenerator.AS_OF);
        Path tmp = Files.createTempDirectory("dxcheck-bench");
        resetPeaks();

        Clock load = new Clock();
        Inputs inputs = Loader.load(List.of(data.toString()), InputStream.nullInputStream());
        RuleSources sources = RuleSources.read(rulesDir);
        PolicyDocument base = dxcheck.run.RuleSets.basePolicy(sources);
        Policy policy = PolicyLayers.merge(base, List.of(), inputs, asOf);
        load.stop();
        int facts = inputs.facts().size();
        inputs = null;
        // warm, alternately, the best of a few of each: on a shared machine one run of either can be slowed by others
        double floorMs = Double.MAX_VALUE;
        double loadWarmMs = Double.MAX_VALUE;
        for (int i = 0, n = facts < 500_000 ? 3 : 2; i < n; i++) {
            inputs = null;
            Clock floor = new Clock();
            ComposeFloor.run(data);
            floor.stop();
            floorMs = Math.min(floorMs, floor.wall());
            Clock loadWarm = new Clock();
            inputs = Loader.load(List.of(data.toString()), InputStream.nullInputStream());
            loadWarm.stop();
            loadWarmMs = Math.min(loadWarmMs, loadWarm.wall());
        }

        RuleBaseStore store = RuleBaseCache.in(Files.createDirectories(tmp.resolve("cache")));
        Clock compile = new Clock();
        RuleBase compiled = RuleBase.build(sources, null, store);
        compile.stop();
        Clock fromCache = new Clock();
        RuleBase rules = RuleBase.build(sources, null, store);
        fromCache.stop();
        if (rules.kieBase() == compiled.kieBase()) {
            throw new IllegalStateException("the second build did not read the disk cache");
        }
        compiled = null;

        Clock eval = new Clock();
        List<Finding> findings = Checker.run(rules, inputs, policy, asOf);
        eval.stop();
        findings = null;
        Clock evalWarm = new Clock();
        findings = Checker.run(rules, inputs, policy, asOf);
        evalWarm.stop();

        Clock report = new Clock();
        Path json = tmp.resolve("report.json");
        Map<String, dxcheck.model.Waiver> waivers = new TreeMap<>();
        inputs.waivers.forEach(w -> waivers.put(w.id(), w));
        Report r = new Report("bench", asOf, List.copyOf(inputs.files), policy.layers(), findings, rules.rules(),
                waivers, dxcheck.report.Scorecard.of(inputs, rules.rules().values(), findings,
                rules.knowledge().families()), false, rules.knowledge());
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            new JsonReporter().write(r, Lang.VI, w);
        }
        report.stop();
        long peak = peakHeap();
        long jsonBytes = Files.size(json);
        Files.delete(json);

        List<Object> knowledge = rules.knowledge().facts();
        Clock counting = new Clock();
        PlainChecks.count(inputs, policy, asOf, knowledge);
        counting.stop();
        Clock countingWarm = new Clock();
        Map<String, Integer> counted = PlainChecks.count(inputs, policy, asOf, knowledge);
        countingWarm.stop();
        Clock fair = new Clock();
        PlainChecks.locate(inputs, policy, asOf, knowledge);
        fair.stop();
        Clock fairWarm = new Clock();
        List<Finding> located = PlainChecks.locate(inputs, policy, asOf, knowledge);
        fairWarm.stop();

        BaselineComparison cmp = new BaselineComparison(findings, counted, located);
        System.out.print(cmp.perRule());
        System.out.printf(Locale.ROOT, "%s: %d facts, %d findings, %d bytes of JSON, %d rules differ from the "
                        + "baseline, %d located findings differ%n", label, facts, findings.size(), jsonBytes,
                cmp.rulesDiffering(), cmp.locatedDiffering());
        System.out.printf(Locale.ROOT, "PHASES\t%s\t%d\t%.0f / %.0f\t%.0f\t%.0f\t%.0f / %.0f\t%.0f / %.0f\t%.0f\t%.0f%n",
                label, facts, load.wall(), load.cpu(), compile.wall(), fromCache.wall(), eval.wall(), eval.cpu(),
                report.wall(), report.cpu(), peak / 1048576.0,
                facts / (load.wall() + eval.wall() + report.wall()) * 1000);
        System.out.printf(Locale.ROOT, "RATIOS\t%s\t%.0f\t%.0f\t%.2f×\t%.0f / %.0f\t%.1f / %.1f\t%.0f× / %.0f×"
                        + "\t%.0f / %.0f\t%.1f× / %.1f×\t%d\t%d / %d%n",
                label, floorMs, loadWarmMs, loadWarmMs / floorMs,
                eval.wall(), evalWarm.wall(), counting.wall(), countingWarm.wall(),
                eval.wall() / counting.wall(), evalWarm.wall() / countingWarm.wall(),
                fair.wall(), fairWarm.wall(), eval.wall() / fair.wall(), evalWarm.wall() / fairWarm.wall(),
                findings.size(), cmp.rulesDiffering(), cmp.locatedDiffering());
        deleteTree(tmp);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Wall and CPU time (the whole process's, GC included) of one phase, in ms. */
    private static final class Clock {
        private final long wall0 = System.nanoTime();
        private final long cpu0 = Timing.cpu();
        private long wall1;
        private long cpu1;

        void stop() {
            wall1 = System.nanoTime();
            cpu1 = Timing.cpu();
        }

        double wall() {
            return (wall1 - wall0) / 1e6;
        }

        double cpu() {
            return (cpu1 - cpu0) / 1e6;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks (an upper bound of the live peak: the pools peak at different times). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
