package dxcheck.cli;

import dxcheck.load.Inputs;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.xlsx.YamlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** dxcheck import FILE.xlsx... --output DIR */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Ghi sổ tính thành tài liệu YAML / Write the documents of workbooks as YAML files: "
                + "DIR/agencies/ID.yaml, DIR/plans/ID.yaml, DIR/waivers/ID.yaml. The workbook is checked as by "
                + "`check` first: with input errors nothing is written.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE.xlsx", description = "workbooks (or any inputs of check)")
    List<String> paths;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "the folder to write into")
    Path output;

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en: the language of this command's messages")
    Lang lang = Lang.VI;

    @Override
    public Integer call() {
        Lang l = lang;
        Inputs inputs = Workbooks.load(paths, main.stdin, l, spec.commandLine().getErr());
        if (inputs == null) {
            return ExitCode.CANNOT_RUN;
        }
        Map<String, String> files = YamlFiles.of(inputs);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = output.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Output.write(target, f.getValue(), null);
            }
        } catch (IOException | Output.WriteFailed e) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.CANNOT_WRITE.format(l, output, e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
        spec.commandLine().getErr().println(Msg.XLSX_IMPORTED.format(l, files.size(), output));
        return ExitCode.CLEAN;
    }
}
