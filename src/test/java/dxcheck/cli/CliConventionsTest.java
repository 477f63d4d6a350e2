package dxcheck.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14: what users of command-line tools expect of --version, --help and a mistyped command. */
class CliConventionsTest {
    @Test
    void versionNamesDroolsJavaAndTheRules() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit(), r::toString);
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].matches("dxcheck \\S+"), r::toString);
        assertTrue(lines[1].matches("Drools 10\\.\\d+\\.\\d+.*"), r::toString);
        assertTrue(lines[2].startsWith("Java " + Runtime.version()), r::toString);
        assertTrue(lines[3].matches("rules [0-9a-f]{12} \\(.*rules\\)"), r::toString);
    }

    @Test
    void aMistypedCommandGetsASuggestionAndTheRightHelpHint() {
        Cli.Result r = Cli.run("chek", "fixtures/ha-tinh");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Did you mean: dxcheck check"), r::toString);
        assertTrue(r.err().contains("(dxcheck --help)"), r::toString);
        assertFalse(r.err().contains("dxcheck dxcheck"), r::toString);
    }

    @Test
    void aMistypedOptionGetsASuggestionAndItsCommandsHelp() {
        Cli.Result r = Cli.run("check", "--formt", "json", "fixtures/ha-tinh");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--format"), r::toString);
        assertTrue(r.err().contains("(dxcheck check --help)"), r::toString);
        Cli.Result sub = Cli.run("rules", "lnt");
        assertTrue(sub.err().contains("rules lint") && sub.err().contains("(dxcheck rules --help)"), sub::toString);
    }

    @Test
    void helpListsTheExitCodesAndTheEnvironment() {
        for (String[] args : new String[][] {{"--help"}, {"check", "--help"}, {"diff", "--help"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.exit(), r::toString);
            for (String s : new String[] {"Exit codes", "  0 ", "  1 ", "  2 ", "DXCHECK_CACHE", "DXCHECK_CDS",
                    "DXCHECK_GC", "DXCHECK_JAVA_OPTS", "DXCHECK_JIT", "DXCHECK_DEBUG", "NO_COLOR", "JAVA_HOME"}) {
                assertTrue(r.out().contains(s), () -> String.join(" ", args) + " lacks " + s + ":\n" + r.out());
            }
        }
    }
}
