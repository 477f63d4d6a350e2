package dxcheck.cli;

import dxcheck.engine.RuleLint;
import dxcheck.load.CannotRunException;
import dxcheck.model.Severity;
import dxcheck.run.RuleSet;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck rules lint: compile the rules and check their metadata and policy keys. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Kiểm tra quy tắc / Compile the rules and check metadata, policy keys and dead patterns. "
                + "Exit 0 clean, 2 on errors; --strict makes warnings exit 1.")
final class RulesLintCommand extends RulesSubcommand implements Callable<Integer> {
    @Option(names = "--strict", description = "warnings make the exit code 1")
    boolean strict;

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en (default: vi)")
    Lang lang = Lang.VI;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang l = lang;
        RuleSet set;
        try {
            set = ruleSet();
        } catch (CannotRunException e) {
            e.lines(l).forEach(out::println);
            out.println(Msg.LINT_NOT_COMPILING.format(l));
            out.flush();
            return ExitCode.CANNOT_RUN;
        }
        List<RuleLint.Issue> issues = RuleLint.check(set.sources(), set.rules(), set.basePolicy());
        long errors = issues.stream().filter(RuleLint.Issue::error).count();
        for (RuleLint.Issue i : issues) {
            out.println(i.location() + ": " + Msg.severity(i.error() ? Severity.ERROR : Severity.WARNING, l) + ": "
                    + i.message(l));
            if (!i.sourceLine().isBlank()) {
                out.println("    " + i.sourceLine());
            }
        }
        out.println(Msg.LINT_SUMMARY.format(l, set.rules().rules().size(), errors, issues.size() - errors));
        out.flush();
        if (errors > 0) {
            return ExitCode.CANNOT_RUN;
        }
        return strict && !issues.isEmpty() ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
