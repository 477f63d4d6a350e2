package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.ruletest.CaseResult;
import dxcheck.ruletest.Coverage;
import dxcheck.ruletest.RuleCase;
import dxcheck.ruletest.RuleCaseRunner;
import dxcheck.run.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck rules test [--rules DIR] [--coverage] [PATTERN]: runs the rule test cases kept beside the rules. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Chạy các ca kiểm thử quy tắc / Run the rule test cases in RULES/tests.")
final class RulesTestCommand extends RulesSubcommand implements Callable<Integer> {
    @Option(names = "--coverage", description = "per rule, the cases where it fires and where it must not; a gap fails")
    boolean coverage;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "a Markdown catalogue whose table rows start with rule ids; with --coverage, the ids no rule "
                    + "implements are listed (default: the contract's rule-catalogue.md beside the installation)")
    Path catalogue = Installation.catalogue();

    @Parameters(arity = "0..1", paramLabel = "PATTERN", description = "only cases whose path contains it, e.g. STF-001")
    String pattern;

    @Override
    public Integer call() throws CannotRunException {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet set = ruleSet();
        List<RuleCase> cases = new ArrayList<>();
        try {
            for (Path p : RuleCaseRunner.caseFiles(rules)) {
                if (pattern == null || p.toString().contains(pattern)) {
                    cases.add(RuleCase.read(p, p.toString()));
                }
            }
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        RuleCaseRunner runner = new RuleCaseRunner(set.rules(), set.basePolicy(), set.optionPolicies(),
                set.sources().ruleIds());
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        List<RuleCase> run = new ArrayList<>();
        for (RuleCase c : cases) {
            if (!runner.applies(c)) {
                skipped++;
                continue;
            }
            run.add(c);
            CaseResult r = runner.run(c);
            out.println((r.passed() ? "PASS " : "FAIL ") + c.name() + "  " + c.description());
            r.failures().forEach(f -> out.println("     " + f));
            if (r.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        boolean gaps = coverage && !printCoverage(Coverage.of(set.rules().rules().keySet(), run), out);
        if (coverage) {
            printUnimplemented(set.rules().rules().keySet(), out);
        }
        out.println(passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        out.flush();
        return failed > 0 || gaps ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private void printUnimplemented(java.util.Set<String> implemented, PrintWriter out) {
        if (catalogue == null || !java.nio.file.Files.isRegularFile(catalogue)) {
            return;
        }
        try {
            java.util.Set<String> ids = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\|\\s*([A-Z]{3}-[0-9]{3})\\s*\\|")
                    .matcher(java.nio.file.Files.readString(catalogue));
            while (m.find()) {
                ids.add(m.group(1));
            }
            ids.removeAll(implemented);
            out.println("catalogue ids no rule implements (" + catalogue + "): "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)));
        } catch (IOException e) {
            out.println("catalogue " + catalogue + " cannot be read: " + e.getMessage());
        }
    }

    /** Prints the coverage table; false when a rule lacks a firing or a quiet case. */
    private static boolean printCoverage(Coverage c, PrintWriter out) {
        out.println();
        out.println("coverage: rule, cases where it fires, cases where it must not");
        c.firing().forEach((id, firing) -> out.printf("  %-8s %3d %3d%s%n", id, firing.size(),
                c.quiet().getOrDefault(id, List.of()).size(),
                firing.isEmpty() || c.quiet().getOrDefault(id, List.of()).isEmpty() ? "  <- gap" : ""));
        if (!c.withoutFiringCase().isEmpty()) {
            out.println("no case where it fires: " + String.join(", ", c.withoutFiringCase()));
        }
        if (!c.withoutQuietCase().isEmpty()) {
            out.println("no case where it must not fire: " + String.join(", ", c.withoutQuietCase()));
        }
        out.println();
        return c.complete();
    }
}
