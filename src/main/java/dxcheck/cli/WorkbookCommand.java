package dxcheck.cli;

import dxcheck.text.Lang;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What template, export and import declare alike: the language of their messages and where those go. A superclass,
 * not a mixin: picocli builds every mixin's model on each command line.
 */
abstract class WorkbookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en: the language of this command's messages")
    Lang lang = Lang.VI;

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
