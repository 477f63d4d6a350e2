package dxcheck.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/man (shipped in the download as share/man/man1) is generated from the commands; it must not drift from them.
 * The AsciiDoc is compared whole; the troff, which only Asciidoctor makes, must name every option of its command.
 */
class ManPagesTest {
    private static final String REGENERATE = "docs/man is out of date: mvn -B -Pman-pages process-classes";

    private static List<CommandSpec> commands(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>(List.of(spec));
        spec.subcommands().values().forEach(sub -> all.addAll(commands(sub.getCommandSpec())));
        return all;
    }

    @Test
    void everyCommandHasAnUpToDateManPage() throws IOException {
        List<CommandSpec> specs = commands(new CommandLine(new Main()).getCommandSpec());
        for (CommandSpec spec : specs) {
            String name = spec.qualifiedName("-");
            StringWriter adoc = new StringWriter();
            try (PrintWriter pw = new PrintWriter(adoc)) {
                ManPageGenerator.writeSingleManPage(pw, spec);
            }
            Path committed = Path.of("docs/man/adoc", name + ".adoc");
            assertTrue(Files.isRegularFile(committed), REGENERATE + " (no " + committed + ")");
            assertEquals(Files.readString(committed, StandardCharsets.UTF_8), adoc.toString(), REGENERATE);
            String troff = Files.readString(Path.of("docs/man", name + ".1"), StandardCharsets.UTF_8);
            for (OptionSpec o : spec.options()) {
                assertTrue(troff.contains(o.longestName().replace("-", "\\-")), () -> REGENERATE + ": " + name
                        + ".1 lacks " + o.longestName());
            }
        }
        try (var files = Files.list(Path.of("docs/man"))) {
            assertEquals(specs.size(), files.filter(p -> p.toString().endsWith(".1")).count(), "one page a command");
        }
    }
}
