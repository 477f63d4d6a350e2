package dxcheck.cli;

import dxcheck.load.xlsx.Layout;
import dxcheck.text.Msg;
import dxcheck.xlsx.WorkbookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** dxcheck template --output FILE.xlsx [--kind AgencyStatus|Plan|Waiver] */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Ghi sổ tính mẫu để nhập liệu / Write an empty workbook to fill in: Vietnamese headers, the key "
                + "row, drop-down lists for every closed vocabulary, formats, frozen headers.")
final class TemplateCommand extends WorkbookCommand {
    @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path output;

    @Option(names = "--kind", paramLabel = "KIND", description = "AgencyStatus | Plan | Waiver (default: all sheets)")
    String kind;

    @Override
    public Integer call() {
        if (kind != null && !Layout.kinds().contains(kind)) {
            err().println("dxcheck: " + Msg.XLSX_BAD_KIND.format(lang, kind,
                    String.join(", ", Layout.kinds())));
            return ExitCode.CANNOT_RUN;
        }
        return Workbooks.writeWorkbook(output, WorkbookExport.template(kind), lang, err());
    }
}
