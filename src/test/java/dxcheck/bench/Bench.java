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
import dxcheck.text.Lang;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One benchmark run over one data folder, in a fresh JVM (bench/run starts one per scale): load, rule-base build
 * (compiled, and read back from the disk cache), evaluation, JSON report, peak heap; then the plain-Java baseline
 * over the same facts, and the findings of the covered rules compared between the two. Prints one TSV line
 * (prefix "ROW") for the table, and the per-rule comparison.
 *
 * <p>Usage: Bench DATA_DIR LABEL [RULES_DIR]
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String label = args[1];
        Path rulesDir = Path.of(args.length > 2 ? args[2] : "rules");
        LocalDate asOf = LocalDate.parse(dxcheck.generate.NationalGenerator.AS_OF);
        resetPeaks();

        long c0 = dxcheck.run.Timing.cpu();
        long t0 = System.nanoTime();
        Inputs inputs = Loader.load(List.of(data.toString()), InputStream.nullInputStream());
        RuleSources sources = RuleSources.read(rulesDir);
        PolicyDocument base = dxcheck.run.RuleSets.basePolicy(sources);
        Policy policy = PolicyLayers.merge(base, List.of(), inputs, asOf);
        long t1 = System.nanoTime();
        long c1 = dxcheck.run.Timing.cpu();
        int facts = inputs.facts().size();

        Path cache = Files.createTempDirectory("dxcheck-bench-cache");
        RuleBaseStore store = RuleBaseCache.in(cache);
        RuleBase compiled = RuleBase.build(sources, null, store);
        long t2 = System.nanoTime();
        RuleBase rules = RuleBase.build(sources, null, store);
        long t3 = System.nanoTime();
        if (rules.kieBase() == compiled.kieBase()) {
            throw new IllegalStateException("the second build did not read the disk cache");
        }

        long c3 = dxcheck.run.Timing.cpu();
        List<Finding> findings = Checker.run(rules, inputs, policy, asOf);
        long t4 = System.nanoTime();
        long c4 = dxcheck.run.Timing.cpu();
        Map<String, dxcheck.model.Waiver> waivers = new TreeMap<>();
        inputs.waivers.forEach(w -> waivers.put(w.id(), w));
        Report report = new Report("bench", asOf, List.copyOf(inputs.files), policy.layers(), findings, rules.rules(),
                waivers, dxcheck.report.Scorecard.of(inputs, rules.rules().values(), findings,
                rules.knowledge().families()), false, rules.knowledge());
        String json = new JsonReporter().render(report, Lang.VI);
        long t5 = System.nanoTime();
        long c5 = dxcheck.run.Timing.cpu();
        long peak = peakHeap();

        // the baseline: twice, the second (warm) run is the one reported, so the ratio is not flattered
        Map<String, Integer> plain = PlainChecks.run(inputs, policy, asOf);
        long t6 = System.nanoTime();
        plain = PlainChecks.run(inputs, policy, asOf);
        long t7 = System.nanoTime();

        Map<String, Integer> drools = new TreeMap<>();
        findings.forEach(f -> drools.merge(f.getRule(), 1, Integer::sum));
        int mismatches = 0;
        StringBuilder cmp = new StringBuilder();
        for (String id : new TreeSet<>(PlainChecks.COVERED)) {
            int d = drools.getOrDefault(id, 0);
            int p = plain.getOrDefault(id, 0);
            if (d != p) {
                mismatches++;
            }
            cmp.append(String.format(Locale.ROOT, "  %-8s drools %7d  plain %7d%s%n", id, d, p, d == p ? "" : "  DIFFERENT"));
        }
        int coveredDrools = PlainChecks.COVERED.stream().mapToInt(id -> drools.getOrDefault(id, 0)).sum();
        double evalMs = ms(t3, t4);
        double plainMs = ms(t6, t7);
        System.out.print(cmp);
        System.out.printf(Locale.ROOT, "%s: %d facts, %d findings (%d of covered rules), %d bytes of JSON, "
                        + "%d rules differ, plain-Java first run %.0f ms%n", label, facts, findings.size(),
                coveredDrools, json.length(), mismatches, ms(t5, t6));
        System.out.printf(Locale.ROOT, "ROW\t%s\t%d\t%.0f / %.0f\t%.0f\t%.0f\t%.0f / %.0f\t%.0f / %.0f\t%.0f\t%.0f\t%.1f\t%.1f\t%.1f\t%d\t%d%n",
                label, facts, ms(t0, t1), ms(c0, c1), ms(t1, t2), ms(t2, t3), evalMs, ms(c3, c4), ms(t4, t5),
                ms(c4, c5), peak / 1048576.0, facts / (ms(t0, t5) - ms(t1, t3)) * 1000, plainMs, evalMs / plainMs,
                ms(c3, c4) / plainMs, findings.size(), mismatches);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
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
