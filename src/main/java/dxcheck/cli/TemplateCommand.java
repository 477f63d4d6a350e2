package dxcheck.cli;

import dxcheck.load.xlsx.Layout;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.xlsx.WorkbookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** dxcheck template --output FILE.xlsx [--kind AgencyStatus|Plan|Waiver] */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Ghi sổ tính mẫu để nhập liệu / Write an empty workbook to fill in: Vietnamese headers, the key "
                + "row, drop-down lists for every closed vocabulary, formats, frozen headers.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path output;

    @Option(names = "--kind", paramLabel = "KIND", description = "AgencyStatus | Plan | Waiver (default: all sheets)")
    String kind;

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en: the language of this command's messages")
    Lang lang = Lang.VI;

    @Override
    public Integer call() {
        Lang l = lang;
        if (kind != null && !Layout.kinds().contains(kind)) {
            spec.commandLine().getErr().println("dxcheck: " + Msg.XLSX_BAD_KIND.format(l, kind,
                    String.join(", ", Layout.kinds())));
            return ExitCode.CANNOT_RUN;
        }
        return Workbooks.writeWorkbook(output, WorkbookExport.template(kind), l, spec.commandLine().getErr());
    }
}
