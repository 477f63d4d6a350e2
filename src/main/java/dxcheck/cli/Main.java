package dxcheck.cli;

import dxcheck.text.Shown;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
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

    private Main(InputStream stdin) {
        this.stdin = stdin;
    }

    /** For tools that build the command model from the class: picocli's completion and man page generators. */
    public Main() {
        this(System.in);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command line and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 cannot run.
     * Output is always UTF-8, whatever the platform's locale.
     */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main(stdin)).setOut(out).setErr(err)
                // help as wide as the terminal (80 columns when it cannot be told); long lines wrap, never cut
                .setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("dxcheck: " + Shown.echo(ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("(" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.CANNOT_RUN;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("dxcheck: internal error (a bug; DXCHECK_DEBUG=1 shows where): " + Shown.echo(ex.toString()));
            if (System.getenv("DXCHECK_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return ExitCode.CANNOT_RUN;
        });
        return cl.execute(args);
    }
}
