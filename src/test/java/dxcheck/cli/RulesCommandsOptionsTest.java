package dxcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules commands take the rules as check takes them: --policy over the folder's, --cache-dir, --no-cache. */
class RulesCommandsOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void rulesTestLayersAPolicyFileUnderEveryCase() throws IOException {
        Path lenient = Files.writeString(tmp.resolve("lenient.yaml"), dxcheck.TestDocs.LENIENT_POLICY);
        Cli.Result national = Cli.run("rules", "test", "STF-001/below-minimum");
        assertEquals(0, national.exit(), national::toString);
        Cli.Result r = Cli.run("rules", "test", "--policy", lenient.toString(), "STF-001/below-minimum");
        assertEquals(1, r.exit(), "a minimum of 0 finds no one below it: the case fails\n" + r);
        assertTrue(r.out().contains("expected STF-001"), r::toString);
    }

    /** A small rules folder of its own: rules already built in this process would not reach any cache. */
    private Path staffingRules(String name) throws IOException {
        Path rules = Files.createDirectories(tmp.resolve(name));
        Files.copy(Path.of("rules/staffing.drl"), rules.resolve("staffing.drl"));
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        dxcheck.TestDocs.copyKnowledge(rules);
        return rules;
    }

    @Test
    void theRuleCacheIsWhereTheOptionsSay() throws IOException {
        Path cache = tmp.resolve("cache");
        Cli.Result none = Cli.run("rules", "list", "--rules", staffingRules("a").toString(), "--no-cache",
                "--cache-dir", cache.toString());
        assertEquals(0, none.exit(), none::toString);
        assertFalse(Files.exists(cache), "--no-cache writes nothing");
        Cli.Result lint = Cli.run("rules", "lint", "--rules", staffingRules("b").toString(), "--cache-dir",
                cache.toString());
        assertEquals(0, lint.exit(), lint::toString);
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".bin")).count(), "the compiled rules kept there");
        }
    }
}
