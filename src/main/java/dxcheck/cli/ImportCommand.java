package dxcheck.cli;

import dxcheck.load.Inputs;
import dxcheck.text.Msg;
import dxcheck.xlsx.YamlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** dxcheck import FILE.xlsx... --output DIR */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Ghi sổ tính thành tài liệu YAML / Write the documents of workbooks as YAML files: "
                + "DIR/agencies/ID.yaml, DIR/plans/ID.yaml, DIR/waivers/ID.yaml. The workbook is checked as by "
                + "`check` first: with input errors nothing is written.")
final class ImportCommand extends WorkbookCommand {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE.xlsx", description = "workbooks (or any inputs of check)")
    List<String> paths;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "the folder to write into")
    Path output;

    @Override
    public Integer call() {
        Inputs inputs = Workbooks.load(paths, main.stdin, lang, err());
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
            err().println("dxcheck: " + Msg.CANNOT_WRITE.format(lang, output, e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
        err().println(Msg.XLSX_IMPORTED.format(lang, files.size(), output));
        return ExitCode.CLEAN;
    }
}
