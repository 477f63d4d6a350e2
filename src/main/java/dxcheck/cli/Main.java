package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.run.RuleSets;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/** dxcheck: policy compliance checks for digital-transformation plans and agency status. */
@Command(name = "dxcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Kiểm tra kế hoạch và báo cáo chuyển đổi số theo quy định / "
                + "Checks digital-transformation plans and agency status against the rules.",
        exitCodeListHeading = HelpFooter.EXIT_CODES_HEADING, exitCodeList = {HelpFooter.CLEAN, HelpFooter.FINDINGS,
                HelpFooter.CANNOT_RUN},
        footerHeading = HelpFooter.ENVIRONMENT_HEADING, footer = {HelpFooter.ENVIRONMENT},
        subcommands = {CheckCommand.class, DiffCommand.class, WatchCommand.class, RulesCommand.class, ServeCommand.class,
                GenerateCommand.class, TemplateCommand.class, ExportCommand.class, ImportCommand.class})
public final class Main {
    final InputStream stdin;
    private final RuleSets ruleSets;

    private Main(InputStream stdin, RuleSets ruleSets) {
        this.stdin = stdin;
        this.ruleSets = ruleSets;
    }

    /** For tools that build the command model from the class: picocli's completion and man page generators. */
    public Main() {
        this(System.in, new RuleSets());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(new RuleSets(), System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Where the commands of this process get their rules (one provider, so each version is compiled once). */
    RuleSets ruleSets() {
        return ruleSets;
    }

    /** A command line with rules of its own (nothing kept from an earlier run). */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        return run(new RuleSets(), stdin, out, err, args);
    }

    /**
     * Runs a command line and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 cannot run.
     * Output is always UTF-8, whatever the platform's locale. Rules come from ruleSets, which a caller running many
     * command lines in one process (the tests) may share.
     */
    public static int run(RuleSets ruleSets, InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main(stdin, ruleSets)).setOut(out).setErr(err)
                // help as wide as the terminal (80 columns when it cannot be told); long lines wrap, never cut
                .setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            String bad = OptionConverters.message(ex);
            if (bad != null) {
                e.println("dxcheck: " + bad);
                return ExitCode.CANNOT_RUN;
            }
            e.println("dxcheck: " + Shown.echo(ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("(" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.CANNOT_RUN;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof CannotRunException cannot) {
                cannot.lines(lang(c)).forEach(c.getErr()::println);
                return ExitCode.CANNOT_RUN;
            }
            c.getErr().println("dxcheck: internal error (a bug; DXCHECK_DEBUG=1 shows where): " + Shown.echo(ex.toString()));
            if (System.getenv("DXCHECK_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return ExitCode.CANNOT_RUN;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the run's working memory is garbage once unwound: enough is left to say so, in words, with exit 2
            CommandLine.ParseResult ran = cl.getParseResult();
            while (ran != null && ran.hasSubcommand()) {
                ran = ran.subcommand();
            }
            Lang l = ran == null ? Lang.VI : lang(ran.commandSpec().commandLine());
            err.println("dxcheck: " + Msg.OUT_OF_MEMORY.format(l, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            err.flush();
            return ExitCode.CANNOT_RUN;
        }
    }

    /**
     * The language a command was asked to speak (--lang, parsed so far: Vietnamese until then); a command without the
     * option (the rule authors' docs and test, generate) speaks English.
     */
    static Lang lang(CommandLine c) {
        OptionSpec lang = c.getCommandSpec().findOption("--lang");
        if (lang == null) {
            return Lang.EN;
        }
        return lang.getValue() instanceof Lang l ? l : Lang.VI;
    }
}
