package dxcheck.cli;

import dxcheck.load.Inputs;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.xlsx.WorkbookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** dxcheck export PATH... --output FILE.xlsx */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Ghi tài liệu YAML thành sổ tính / Write documents (agencies, plans, waivers) as a workbook. "
                + "Policy documents stay YAML.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
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
        for (PolicyDocument p : inputs.policies) {
            spec.commandLine().getErr().println(Msg.XLSX_POLICY_SKIPPED.format(l, p.id(), p.source().location().file()));
        }
        return Workbooks.writeWorkbook(output, WorkbookExport.export(inputs), l, spec.commandLine().getErr());
    }
}
