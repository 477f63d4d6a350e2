package dxcheck.cli;

import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What template, export and import share: the language of their messages and writing a workbook. */
final class Workbooks {
    private Workbooks() {
    }

    /** The documents export and import convert, read as check reads them; null once their errors are said. */
    static Inputs load(List<String> paths, InputStream stdin, Lang lang, PrintWriter err) {
        try {
            return Loader.load(paths, stdin);
        } catch (InvalidInputException e) {
            e.lines(lang).forEach(err::println);
            return null;
        }
    }

    /** Writes the workbook atomically; exit 0, or 2 with the reason when the name or the write is wrong. */
    static int writeWorkbook(Path output, byte[] workbook, Lang lang, PrintWriter err) {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("dxcheck: " + Msg.XLSX_OUTPUT_NAME.format(lang, output));
            return ExitCode.CANNOT_RUN;
        }
        try {
            Output.write(output, workbook);
        } catch (Output.WriteFailed e) {
            err.println("dxcheck: " + Msg.CANNOT_WRITE.format(lang, output, e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
        err.println(Msg.XLSX_WROTE.format(lang, output));
        return ExitCode.CLEAN;
    }
}
