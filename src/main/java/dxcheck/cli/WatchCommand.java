package dxcheck.cli;

import dxcheck.run.CheckRequest;
import dxcheck.run.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck watch PATH...: re-run the check whenever an input or a rule changes (Ctrl-C to stop). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Chạy lại khi tệp thay đổi / Re-run the check whenever an input, rule or policy file changes.")
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to check and watch")
    List<String> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "folder of .drl files and the default policy.yaml")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--policy", paramLabel = "FILE", description = "a Policy document over the default; repeatable")
    List<String> policies = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Option(names = "--as-of", paramLabel = "DATE", description = "date for deadlines and waiver expiry (default: today)")
    String asOf;

    @Option(names = "--explain", description = "show what each rule matched")
    boolean explain;

    @Option(names = "--interval", paramLabel = "MS", description = "how often to look for changes (default: 250)")
    long interval = 250;

    @Override
    public Integer call() throws InterruptedException {
        CheckCommand.Options o;
        try {
            o = CheckCommand.Options.parse(lang, List.of("text"), "error", asOf);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        LocalDate date = o.asOf();
        Watcher w = new Watcher(new CheckRequest(paths, rules, kbase, policies, date), o.lang(), explain,
                spec.commandLine().getOut());
        while (!Thread.currentThread().isInterrupted()) {
            w.poll();
            Thread.sleep(Math.max(50, interval));
        }
        return ExitCode.CLEAN;
    }
}
