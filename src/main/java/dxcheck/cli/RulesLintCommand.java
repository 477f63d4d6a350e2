package dxcheck.cli;

import dxcheck.engine.RuleLint;
import dxcheck.load.InvalidInputException;
import dxcheck.run.RulesFolder;
import dxcheck.model.Severity;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck rules lint: compile the rules and check their metadata and policy keys. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Kiểm tra quy tắc / Compile the rules and check metadata, policy keys and dead patterns. "
                + "Exit 0 clean, 2 on errors; --strict makes warnings exit 1.")
final class RulesLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the installation's)")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--strict", description = "warnings make the exit code 1")
    boolean strict;

    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang l;
        try {
            l = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.BAD_OPTION.format(Lang.VI, "--lang",
                    "'" + lang + "' (vi | en)"));
            return ExitCode.CANNOT_RUN;
        }
        List<RuleLint.Issue> issues;
        RulesFolder folder;
        try {
            folder = RulesFolder.open(rules, kbase);
            issues = RuleLint.check(rules, folder.rules(), folder.basePolicy());
        } catch (InvalidInputException e) {
            e.lines(l).forEach(out::println);
            out.println(Msg.LINT_NOT_COMPILING.format(l));
            out.flush();
            return ExitCode.CANNOT_RUN;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        long errors = issues.stream().filter(RuleLint.Issue::error).count();
        for (RuleLint.Issue i : issues) {
            out.println(i.location() + ": " + Msg.severity(i.error() ? Severity.ERROR : Severity.WARNING, l) + ": "
                    + i.message(l));
            if (!i.sourceLine().isBlank()) {
                out.println("    " + i.sourceLine());
            }
        }
        out.println(Msg.LINT_SUMMARY.format(l, folder.rules().rules().size(), errors, issues.size() - errors));
        out.flush();
        if (errors > 0) {
            return ExitCode.CANNOT_RUN;
        }
        return strict && !issues.isEmpty() ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
