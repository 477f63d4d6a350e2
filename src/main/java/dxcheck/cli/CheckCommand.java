package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.model.FailOn;
import dxcheck.report.ProjectUrl;
import dxcheck.report.RenderOptions;
import dxcheck.report.Report;
import dxcheck.report.SarifReporter;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.CheckRunner;
import dxcheck.run.Timing;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck check [OPTIONS] PATH... */
@Command(name = "check", mixinStandardHelpOptions = true,
        exitCodeListHeading = HelpFooter.EXIT_CODES_HEADING, exitCodeList = {HelpFooter.CLEAN, HelpFooter.FINDINGS,
                HelpFooter.CANNOT_RUN},
        footerHeading = HelpFooter.ENVIRONMENT_HEADING, footer = {HelpFooter.ENVIRONMENT},
        description = "Nạp tài liệu, chạy quy tắc, in phát hiện / Load documents, run the rules, print findings.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--format", paramLabel = "F", split = ",", converter = OptionConverters.ReportFormat.class,
            description = "text | json | sarif | junit | html | csv | xlsx (default: text); several, comma-separated, "
                    + "with --output-dir; xlsx only to a file")
    List<String> formats = List.of("text");

    @Option(names = "--output", paramLabel = "FILE", description = "write the report there instead of stdout")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "write one report per format there (report.json, report.html, …), from one run of the rules")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "S", converter = OptionConverters.FailOnValue.class,
            description = "error | warning | info | never (default: error)")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--explain", description = "show, under each finding, the facts and policy values the rule matched")
    boolean explain;

    @Option(names = "--sarif-max-results", paramLabel = "N",
            description = "most results in the SARIF report, the most severe kept (default: 25000, what GitHub code "
                    + "scanning accepts in one run; 0: all)")
    int sarifMaxResults = RenderOptions.GITHUB_MAX_RESULTS;

    @Option(names = "--sarif-category", paramLabel = "NAME",
            description = "the SARIF run's category, which code scanning keeps alerts apart by (default: dxcheck)")
    String sarifCategory = "dxcheck";

    @Override
    public Integer call() throws CannotRunException {
        CheckOptions o = run.check(failOn, explain);
        ReportTargets targets = new ReportTargets(formats, output, outputDir);
        String bad = targets.problem(o.lang());
        if (bad == null && sarifMaxResults < 0) {
            bad = Msg.BAD_OPTION.format(o.lang(), "--sarif-max-results", "'" + sarifMaxResults + "' (0 or more)");
        }
        if (bad != null) {
            spec.commandLine().getErr().println("dxcheck: " + bad);
            return ExitCode.CANNOT_RUN;
        }
        Report report = CheckRunner.run(() -> main.ruleSets().load(run.request()), new CheckRequest(paths, o),
                main.stdin, TerminalProgress.on(spec.commandLine().getErr(), o.lang()));
        Timing t = Timing.start();
        RenderOptions render = new RenderOptions(o.failOn(), sarifMaxResults, sarifCategory, ProjectUrl.configured(),
                Path.of("").toAbsolutePath(), terminal());
        warnIfSarifIsCapped(report, render, o.lang());
        if (!targets.write(report, o.lang(), render, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            return ExitCode.CANNOT_RUN;
        }
        t.lap("report " + String.join(",", formats));
        return report.failing(o.failOn()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Text in colour only on a terminal, when the report goes to it, and unless NO_COLOR is set. */
    private boolean terminal() {
        return output == null && outputDir == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    private void warnIfSarifIsCapped(Report report, RenderOptions render, Lang lang) {
        int leftOut = new SarifReporter(render).leftOut(report);
        if (formats.contains("sarif") && leftOut > 0) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.SARIF_CAPPED.format(lang, report.findings().size(),
                    render.sarifMaxResults(), leftOut));
        }
    }
}
