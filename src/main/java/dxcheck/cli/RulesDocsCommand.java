package dxcheck.cli;

import dxcheck.load.InvalidInputException;
import dxcheck.report.CatalogueDocs;
import dxcheck.run.RulesFolder;
import dxcheck.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** dxcheck rules docs --format md|html: the catalogue generated from the rules themselves. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Sinh danh mục quy tắc / Generate the rule catalogue from the rules' metadata and the policy.")
final class RulesDocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the installation's)")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--format", paramLabel = "F", description = "md | html (default: md)")
    String format = "md";

    @Option(names = "--output", paramLabel = "FILE", description = "write there instead of stdout")
    Path output;

    @Override
    public Integer call() {
        if (!format.equals("md") && !format.equals("html")) {
            spec.commandLine().getErr().println("dxcheck: --format: '" + format + "' (md | html)");
            return ExitCode.CANNOT_RUN;
        }
        try {
            RulesFolder folder = RulesFolder.open(rules, kbase);
            var infos = folder.rules().rules().values();
            var sources = folder.rules().knowledge().sources();
            String doc = format.equals("md") ? CatalogueDocs.markdown(infos, folder.basePolicy(), sources)
                    : CatalogueDocs.html(infos, folder.basePolicy(), sources);
            Output.write(output, doc, spec.commandLine().getOut());
            return ExitCode.CLEAN;
        } catch (InvalidInputException e) {
            e.lines(Lang.EN).forEach(spec.commandLine().getErr()::println);
            return ExitCode.CANNOT_RUN;
        } catch (Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
    }
}
