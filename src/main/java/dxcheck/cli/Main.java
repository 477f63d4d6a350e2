package dxcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** dxcheck: policy compliance checks for digital-transformation plans and agency status. */
@Command(name = "dxcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Kiểm tra kế hoạch và báo cáo chuyển đổi số theo quy định / "
                + "Checks digital-transformation plans and agency status against the rules.",
        subcommands = {CheckCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 cannot run. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dxcheck: " + ex.getMessage());
            ex.getCommandLine().getErr().println("(dxcheck " + ex.getCommandLine().getCommandName() + " --help)");
            return ExitCode.CANNOT_RUN;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("dxcheck: " + ex);
            if (System.getenv("DXCHECK_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return ExitCode.CANNOT_RUN;
        });
        return cl.execute(args);
    }
}
