package dxcheck.cli;

import dxcheck.diff.DiffEntry;
import dxcheck.diff.DiffReport;
import dxcheck.diff.DiffSide;
import dxcheck.diff.FindingDiff;
import dxcheck.load.InvalidInputException;
import dxcheck.run.CheckRequest;
import dxcheck.text.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck diff OLD NEW: what a new draft (or a new year's status) fixed, introduced and left unchanged. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "So sánh phát hiện của hai bản / Compare the findings of two drafts: fixed, introduced, "
                + "unchanged. OLD and NEW are documents (file or folder) or a JSON report of an earlier run.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "OLD", description = "documents, or a dxcheck JSON report (.json)")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "documents, or a dxcheck JSON report (.json)")
    String now;

    @Option(names = "--rules", paramLabel = "DIR", description = "folder of .drl files and the default policy.yaml")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--policy", paramLabel = "FILE", description = "a Policy document over the default; repeatable")
    List<String> policies = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", description = "text | json (default: text)")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "write the diff there instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "S",
            description = "exit 1 when NEW introduces a finding at or above: error | warning | info | never (default: error)")
    String failOn = "error";

    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Option(names = "--as-of", paramLabel = "DATE", description = "date for deadlines and waiver expiry (default: today)")
    String asOf;

    @Override
    public Integer call() {
        CheckCommand.Options o;
        try {
            o = CheckCommand.Options.parse(lang, List.of("text"), failOn, asOf);
            if (!DiffReport.FORMATS.contains(format)) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(o.lang(), "--format", "'" + format
                        + "' (text | json)"));
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        CheckRequest like = new CheckRequest(List.of(), rules, kbase, policies, o.asOf());
        try {
            List<DiffEntry> before = DiffSide.load(old, like, main.stdin, o.lang());
            List<DiffEntry> after = DiffSide.load(now, like, main.stdin, o.lang());
            FindingDiff diff = FindingDiff.of(before, after);
            Output.write(output, DiffReport.render(diff, format, o.lang()), spec.commandLine().getOut());
            return diff.introducesAtLeast(o.failOn()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        } catch (InvalidInputException e) {
            e.lines(o.lang()).forEach(spec.commandLine().getErr()::println);
            return ExitCode.CANNOT_RUN;
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.CANNOT_WRITE.format(o.lang(), output, e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
    }
}
