package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.report.CatalogueDocs;
import dxcheck.run.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** dxcheck rules docs --format md|html: the catalogue generated from the rules themselves. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Sinh danh mục quy tắc / Generate the rule catalogue from the rules' metadata and the policy.")
final class RulesDocsCommand extends RulesSubcommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "F", converter = OptionConverters.DocsFormat.class,
            description = "md | html (default: md)")
    String format = "md";

    @Option(names = "--output", paramLabel = "FILE", description = "write there instead of stdout")
    Path output;

    @Override
    public Integer call() throws CannotRunException {
        RuleSet set = ruleSet();
        var infos = set.rules().rules().values();
        var knowledge = set.rules().knowledge();
        String doc = format.equals("md") ? CatalogueDocs.markdown(infos, set.basePolicy(), knowledge)
                : CatalogueDocs.html(infos, set.basePolicy(), knowledge);
        try {
            Output.write(output, doc, spec.commandLine().getOut());
            return ExitCode.CLEAN;
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
    }
}
