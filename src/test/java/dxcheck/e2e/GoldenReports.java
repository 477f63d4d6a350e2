package dxcheck.e2e;

import dxcheck.PinnedRules;
import dxcheck.cli.Cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares a report with its golden file under src/test/resources/golden. After a deliberate change, regenerate
 * with {@code mvn test -Dtest='E2e*' -Ddxcheck.updateGolden=true} and review the diff.
 */
final class GoldenReports {
    static final Path DIR = Path.of("src/test/resources/golden");

    private GoldenReports() {
    }

    /**
     * Runs the check twice on the pinned rules (the output must be byte-identical) and compares it with the golden
     * file, the pinned folder's path written as "rules".
     */
    static Cli.Result assertMatches(String golden, String... args) throws IOException {
        Cli.Result first = Cli.run(PinnedRules.args(args));
        Cli.Result second = Cli.run(PinnedRules.args(args));
        assertEquals(first.out(), second.out(), "the same inputs give byte-identical output");
        String shown = PinnedRules.asShipped(first.out());
        Path file = DIR.resolve(golden);
        if (Boolean.getBoolean("dxcheck.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, shown, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), shown, () -> "report differs from " + file
                + " (if the change is intended: mvn test -Dtest='E2e*' -Ddxcheck.updateGolden=true)\n" + first.err());
        return first;
    }
}
