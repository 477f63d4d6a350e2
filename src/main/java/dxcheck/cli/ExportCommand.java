package dxcheck.cli;

import dxcheck.load.Inputs;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Msg;
import dxcheck.xlsx.WorkbookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;

/** dxcheck export PATH... --output FILE.xlsx */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Ghi tài liệu YAML thành sổ tính / Write documents (agencies, plans, waivers) as a workbook. "
                + "Policy documents stay YAML.")
final class ExportCommand extends WorkbookCommand {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path output;

    @Override
    public Integer call() {
        Inputs inputs = Workbooks.load(paths, main.stdin, lang, err());
        if (inputs == null) {
            return ExitCode.CANNOT_RUN;
        }
        for (PolicyDocument p : inputs.policies) {
            err().println(Msg.XLSX_POLICY_SKIPPED.format(lang, p.id(), p.source().location().file()));
        }
        return Workbooks.writeWorkbook(output, WorkbookExport.export(inputs), lang, err());
    }
}
