package dxcheck.cli;

import dxcheck.model.FailOn;
import dxcheck.run.CheckRequest;
import dxcheck.run.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to check and watch")
    List<String> paths;

    @Option(names = "--explain", description = "show what each rule matched")
    boolean explain;

    @Option(names = "--interval", paramLabel = "MS", description = "how often to look for changes (default: 100)")
    long interval = 100;

    /** Throwaway compiles after the first check, so the first rule edit meets a warm compiler (see Watcher). */
    static final int WARM_UP_COMPILES = 4;

    @Override
    public Integer call() throws InterruptedException {
        Watcher w = new Watcher(main.ruleSets(), run.request(), new CheckRequest(paths, run.check(FailOn.ERROR, explain)),
                spec.commandLine().getOut());
        w.warmUpAfterFirstCheck(WARM_UP_COMPILES);
        while (!Thread.currentThread().isInterrupted()) {
            w.poll();
            Thread.sleep(Math.max(50, interval));
        }
        return ExitCode.CLEAN;
    }
}
