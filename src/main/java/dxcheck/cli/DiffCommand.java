package dxcheck.cli;

import dxcheck.diff.DiffEntry;
import dxcheck.diff.DiffReport;
import dxcheck.diff.DiffSide;
import dxcheck.diff.FindingDiff;
import dxcheck.load.CannotRunException;
import dxcheck.model.FailOn;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRunner;
import dxcheck.text.Msg;
import dxcheck.text.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck diff OLD NEW: what a new draft (or a new year's status) fixed, introduced and left unchanged. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        exitCodeListHeading = HelpFooter.EXIT_CODES_HEADING, exitCodeList = {HelpFooter.CLEAN, HelpFooter.NEW_FINDINGS,
                HelpFooter.CANNOT_RUN},
        footerHeading = HelpFooter.ENVIRONMENT_HEADING, footer = {HelpFooter.ENVIRONMENT},
        description = "So sánh phát hiện của hai bản / Compare the findings of two drafts: fixed, introduced, "
                + "unchanged. OLD and NEW are documents (file or folder) or a JSON report of an earlier run.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "OLD", description = "documents, or a dxcheck JSON report (.json)")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "documents, or a dxcheck JSON report (.json)")
    String now;

    @Option(names = "--format", paramLabel = "F", converter = OptionConverters.DiffFormat.class,
            description = "text | json (default: text)")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "write the diff there instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "S", converter = OptionConverters.FailOnValue.class,
            description = "exit 1 when NEW introduces a finding at or above: error | warning | info | never (default: error)")
    FailOn failOn = FailOn.ERROR;

    @Override
    public Integer call() throws CannotRunException {
        CheckOptions o = run.check(failOn, false);
        CheckRunner.Rules rules = () -> main.ruleSets().load(run.request());
        List<DiffEntry> before = DiffSide.load(old, rules, o, main.stdin);
        List<DiffEntry> after = DiffSide.load(now, rules, o, main.stdin);
        FindingDiff diff = FindingDiff.of(before, after);
        try {
            Output.write(output, DiffReport.render(diff, format, o.lang()), spec.commandLine().getOut());
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.CANNOT_WRITE.format(o.lang(),
                    Shown.line(String.valueOf(output)), Shown.line(e.getMessage())));
            return ExitCode.CANNOT_RUN;
        }
        return diff.introduces(o.failOn()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
