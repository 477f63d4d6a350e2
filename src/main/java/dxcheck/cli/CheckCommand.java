package dxcheck.cli;

import dxcheck.load.InvalidInputException;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.report.ProjectUrl;
import dxcheck.report.RenderOptions;
import dxcheck.report.Report;
import dxcheck.report.Reporter;
import dxcheck.report.Reporters;
import dxcheck.report.SarifReporter;
import dxcheck.report.TextReporter;
import dxcheck.run.CheckRequest;
import dxcheck.run.CheckRunner;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
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

    @Option(names = "--format", paramLabel = "F", split = ",",
            description = "text | json | sarif | junit | html | csv | xlsx (default: text); several, comma-separated, "
                    + "with --output-dir; xlsx only to a file")
    List<String> formats = List.of("text");

    @Option(names = "--output", paramLabel = "FILE", description = "write the report there instead of stdout")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "write one report per format there (report.json, report.html, …), from one run of the rules")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "S", description = "error | warning | info | never (default: error)")
    String failOn = "error";

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
    public Integer call() {
        run.applyCache();
        Options o;
        try {
            o = Options.parse(run.lang, formats, failOn, run.asOf);
            ReportFiles.checkTargets(formats, output, outputDir, o.lang());
            if (sarifMaxResults < 0) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(o.lang(), "--sarif-max-results",
                        "'" + sarifMaxResults + "' (0 or more)"));
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        try {
            Report report = CheckRunner.run(new CheckRequest(paths, run.rules, run.kbase, run.policies, o.asOf(), run.noInputPolicy), main.stdin,
                            TerminalProgress.on(spec.commandLine().getErr(), o.lang()))
                    .withExplain(explain);
            dxcheck.run.Timing t = dxcheck.run.Timing.start();
            RenderOptions render = new RenderOptions(o.failOn(), sarifMaxResults, sarifCategory, ProjectUrl.configured());
            warnIfSarifIsCapped(report, render, o.lang());
            if (outputDir != null) {
                ReportFiles.write(outputDir, formats, report, o.lang(), render);
            } else {
                Reporter r = reporter(formats.get(0), render);
                if (r.binary()) {
                    Output.write(output, r.bytes(report, o.lang()));
                } else {
                    Output.write(output, r.render(report, o.lang()), spec.commandLine().getOut());
                }
            }
            t.lap("report " + String.join(",", formats));
            return failing(report, o.failOn()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        } catch (InvalidInputException e) {
            e.lines(o.lang()).forEach(spec.commandLine().getErr()::println);
            return ExitCode.CANNOT_RUN;
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.CANNOT_WRITE.format(o.lang(),
                    Shown.line(String.valueOf(output != null ? output : outputDir)), Shown.line(e.getMessage())));
            return ExitCode.CANNOT_RUN;
        }
    }

    /** Text in colour only on a terminal, when the report goes to it, and unless NO_COLOR is set. */
    private Reporter reporter(String format, RenderOptions render) {
        boolean terminal = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        return "text".equals(format) ? new TextReporter(terminal) : Reporters.byName(format, render);
    }

    private void warnIfSarifIsCapped(Report report, RenderOptions render, Lang lang) {
        int leftOut = new SarifReporter(render.sarifMaxResults(), sarifCategory, null).leftOut(report);
        if (formats.contains("sarif") && leftOut > 0) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.SARIF_CAPPED.format(lang, report.findings().size(),
                    render.sarifMaxResults(), leftOut));
        }
    }

    static boolean failing(Report report, Severity failOn) {
        if (failOn == null) {
            return false;
        }
        for (Finding f : report.findings()) {
            if (!f.isWaived() && f.getSeverity().atLeast(failOn)) {
                return true;
            }
        }
        return false;
    }

    /** The option values that need checking, parsed once. failOn null means never. */
    record Options(Lang lang, Severity failOn, LocalDate asOf) {
        static Options parse(String lang, List<String> formats, String failOn, String asOf) {
            Lang l = switch (lang) {
                case "vi", "en" -> Lang.parse(lang);
                default -> throw new IllegalArgumentException(Msg.BAD_OPTION.format(Lang.VI, "--lang",
                        "'" + Shown.echo(lang) + "' (vi | en)"));
            };
            for (String format : formats) {
                if (!Reporters.NAMES.contains(format)) {
                    throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--format",
                            "'" + Shown.echo(format) + "' (" + String.join(" | ", Reporters.NAMES) + ")"));
                }
            }
            Severity s;
            try {
                s = "never".equals(failOn) ? null : Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--fail-on",
                        "'" + Shown.echo(failOn) + "' (error | warning | info | never)"));
            }
            LocalDate d;
            try {
                d = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--as-of", "'" + Shown.echo(asOf) + "' (YYYY-MM-DD)"));
            }
            return new Options(l, s, d);
        }
    }
}
