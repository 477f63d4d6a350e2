package dxcheck.cli;

import dxcheck.engine.RuleInfo;
import dxcheck.load.CannotRunException;
import dxcheck.run.RuleSet;
import dxcheck.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** dxcheck rules list: the rules of a folder, from their own metadata. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Liệt kê các quy tắc / List the rules with severity, title and policy keys.")
final class RulesListCommand extends RulesSubcommand implements Callable<Integer> {
    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en (default: vi)")
    Lang lang = Lang.VI;

    @Override
    public Integer call() throws CannotRunException {
        RuleSet set = ruleSet();
        for (RuleInfo r : set.rules().rules().values()) {
            spec.commandLine().getOut().printf("%-8s %-8s %s%s  [%s:%d]%n", r.id(), r.severity().id(), r.title(lang),
                    r.policyKeys().isEmpty() ? "" : " (" + String.join(", ", r.policyKeys()) + ")",
                    r.location().file(), r.location().line());
        }
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN;
    }
}
