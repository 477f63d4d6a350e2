package dxcheck.cli;

import dxcheck.engine.RuleInfo;
import dxcheck.load.InvalidInputException;
import dxcheck.run.RulesFolder;
import dxcheck.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** dxcheck rules list: the rules of a folder, from their own metadata. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Liệt kê các quy tắc / List the rules with severity, title and policy keys.")
final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the installation's)")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Override
    public Integer call() {
        Lang l;
        try {
            l = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dxcheck: --lang: '" + lang + "' (vi | en)");
            return ExitCode.CANNOT_RUN;
        }
        try {
            RulesFolder folder = RulesFolder.open(rules, kbase);
            for (RuleInfo r : folder.rules().rules().values()) {
                spec.commandLine().getOut().printf("%-8s %-8s %s%s  [%s:%d]%n", r.id(), r.severity().id(), r.title(l),
                        r.policyKeys().isEmpty() ? "" : " (" + String.join(", ", r.policyKeys()) + ")",
                        r.location().file(), r.location().line());
            }
            spec.commandLine().getOut().flush();
            return ExitCode.CLEAN;
        } catch (InvalidInputException e) {
            e.lines(l).forEach(spec.commandLine().getErr()::println);
            return ExitCode.CANNOT_RUN;
        }
    }
}
