package dxcheck.cli;

import dxcheck.TestDocs;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.InputPolicy;
import dxcheck.run.RulesRequest;
import dxcheck.run.Watcher;
import dxcheck.text.Lang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Policy hidden among the documents to check (issue 13) lowers the thresholds they are judged by: Hà Tĩnh's
 * STF-001 (3 dedicated staff, 5 required) disappears. --no-input-policy refuses it, located, in check, diff, watch.
 */
class InputPolicyTest {
    @TempDir
    Path tmp;
    Path submission;

    @BeforeEach
    void setUp() throws IOException {
        submission = Files.createDirectories(tmp.resolve("submission"));
        Files.copy(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"), submission.resolve("stttt.yaml"));
        Files.writeString(submission.resolve("zz-notes.yaml"), TestDocs.LENIENT_POLICY);
    }

    @Test
    void theHiddenPolicyWorksWithoutTheOption() {
        Cli.Result r = Cli.run("check", "--lang", "en", "--as-of", "2023-07-15", submission.toString());
        assertFalse(r.out().contains("STF-001"), "the attack: the finding is gone\n" + r);
    }

    @Test
    void checkRefusesItLocated() {
        Cli.Result r = Cli.run("check", "--lang", "en", "--as-of", "2023-07-15", "--no-input-policy",
                submission.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(submission.resolve("zz-notes.yaml") + ":2:1: kind: Policy document 'lenient' "
                + "among the inputs is refused (--no-input-policy)"), r::toString);
        assertEquals("", r.out());
        Cli.Result qn = Cli.run("check", "--no-input-policy", "fixtures/quang-ninh");
        assertEquals(2, qn.exit(), qn::toString);
        assertTrue(qn.err().contains("fixtures/quang-ninh/policy.yaml:4:1: kind:"), qn::toString);
    }

    @Test
    void diffAndWatchRefuseItToo() {
        Cli.Result d = Cli.run("diff", "--lang", "en", "--no-input-policy", "fixtures/ha-tinh", submission.toString());
        assertEquals(2, d.exit(), d::toString);
        assertTrue(d.err().contains("zz-notes.yaml:2:1: kind: Policy document 'lenient'"), d::toString);
        StringWriter out = new StringWriter();
        new Watcher(dxcheck.TestRules.SETS, RulesRequest.of(Path.of("rules")), new CheckRequest(
                List.of(submission.toString()), CheckOptions.at(LocalDate.of(2023, 7, 15)).withLang(Lang.EN)
                        .withInputPolicy(InputPolicy.refusedBy("--no-input-policy"))), new PrintWriter(out)).poll();
        assertTrue(out.toString().contains("zz-notes.yaml:2:1: kind: Policy document 'lenient' among the inputs is "
                + "refused"), out::toString);
        assertFalse(out.toString().contains("STF-001"), out::toString);
    }
}
