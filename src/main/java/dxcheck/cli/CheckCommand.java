package dxcheck.cli;

import dxcheck.load.InvalidInputException;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.report.Report;
import dxcheck.report.Reporters;
import dxcheck.run.CheckRequest;
import dxcheck.run.CheckRunner;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck check [OPTIONS] PATH... */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Nạp tài liệu, chạy quy tắc, in phát hiện / Load documents, run the rules, print findings.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "folder of .drl files and the default policy.yaml")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--policy", paramLabel = "FILE", description = "a Policy document over the default; repeatable")
    List<String> policies = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", description = "text | json (default: text)")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "write the report there instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "S", description = "error | warning | info | never (default: error)")
    String failOn = "error";

    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Option(names = "--explain", description = "show, under each finding, the facts and policy values the rule matched")
    boolean explain;

    @Option(names = "--as-of", paramLabel = "DATE", description = "date for deadlines and waiver expiry (default: today)")
    String asOf;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where compiled rules are kept (default: $DXCHECK_CACHE, $XDG_CACHE_HOME/dxcheck or "
                    + "~/.cache/dxcheck)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "compile the rules, neither reading nor writing the rule cache")
    boolean noCache;

    @Override
    public Integer call() {
        if (noCache) {
            dxcheck.engine.RuleBaseCache.configure(null);
        } else if (cacheDir != null) {
            dxcheck.engine.RuleBaseCache.configure(cacheDir);
        }
        Options o;
        try {
            o = Options.parse(lang, format, failOn, asOf);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        try {
            Report report = CheckRunner.run(new CheckRequest(paths, rules, kbase, policies, o.asOf()), main.stdin)
                    .withExplain(explain);
            dxcheck.run.Timing t = dxcheck.run.Timing.start();
            String rendered = Reporters.byName(format).render(report, o.lang());
            Output.write(output, rendered, spec.commandLine().getOut());
            t.lap("report " + format);
            return failing(report, o.failOn()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        } catch (InvalidInputException e) {
            e.lines(o.lang()).forEach(spec.commandLine().getErr()::println);
            return ExitCode.CANNOT_RUN;
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.CANNOT_WRITE.format(o.lang(), output, e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
    }

    private static boolean failing(Report report, Severity failOn) {
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
        static Options parse(String lang, String format, String failOn, String asOf) {
            Lang l = switch (lang) {
                case "vi", "en" -> Lang.parse(lang);
                default -> throw new IllegalArgumentException(Msg.BAD_OPTION.format(Lang.VI, "--lang",
                        "'" + lang + "' (vi | en)"));
            };
            if (!Reporters.NAMES.contains(format)) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--format",
                        "'" + format + "' (" + String.join(" | ", Reporters.NAMES) + ")"));
            }
            Severity s;
            try {
                s = "never".equals(failOn) ? null : Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--fail-on",
                        "'" + failOn + "' (error | warning | info | never)"));
            }
            LocalDate d;
            try {
                d = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(Msg.BAD_OPTION.format(l, "--as-of", "'" + asOf + "' (YYYY-MM-DD)"));
            }
            return new Options(l, s, d);
        }
    }
}
