package dxcheck.cli;

import dxcheck.run.CheckRequest;
import dxcheck.run.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck watch PATH...: re-run the check whenever an input or a rule changes (Ctrl-C to stop). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Chạy lại khi tệp thay đổi / Re-run the check whenever an input, rule or policy file changes.")
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to check and watch")
    List<String> paths;

    @Option(names = "--explain", description = "show what each rule matched")
    boolean explain;

    @Option(names = "--interval", paramLabel = "MS", description = "how often to look for changes (default: 250)")
    long interval = 250;

    @Override
    public Integer call() throws InterruptedException {
        run.applyCache();
        CheckCommand.Options o;
        try {
            o = CheckCommand.Options.parse(run.lang, List.of("text"), "error", run.asOf);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        LocalDate date = o.asOf();
        Watcher w = new Watcher(new CheckRequest(paths, run.rules, run.kbase, run.policies, date, run.noInputPolicy), o.lang(), explain,
                spec.commandLine().getOut());
        while (!Thread.currentThread().isInterrupted()) {
            w.poll();
            Thread.sleep(Math.max(50, interval));
        }
        return ExitCode.CLEAN;
    }
}
