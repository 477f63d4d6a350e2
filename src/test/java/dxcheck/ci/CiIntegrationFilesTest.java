package dxcheck.ci;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the GitHub Action, the GitLab CI template and the pre-commit hook parse, and the action's check step and
 * the hook run — against a stand-in dxcheck (this build's classes behind a small script), so mvn verify needs no
 * archive. .ci/dist-test runs the action's steps and the GitLab script against the real archive.
 */
class CiIntegrationFilesTest {
    private static Path dxcheck;

    @BeforeAll
    static void standIn(@TempDir Path bin) throws IOException {
        dxcheck = bin.resolve("dxcheck");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(dxcheck, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' -Ddxcheck.home='" + Path.of("").toAbsolutePath()
                + "' dxcheck.cli.Main \"$@\"\n");
        assertTrue(dxcheck.toFile().setExecutable(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object n = node;
        for (String k : keys) {
            n = ((Map<String, Object>) n).get(k);
            assertNotNull(n, () -> "no " + String.join(".", keys));
        }
        return (T) n;
    }

    record Run(int exit, String out) {
    }

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        // the subprocesses share the tests' rule cache, and make no class-data archive
        pb.environment().put("DXCHECK_CACHE", Path.of("target/rule-cache").toAbsolutePath().toString());
        pb.environment().put("DXCHECK_CDS", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        return new Run(p.exitValue(), out);
    }

    @Test
    void theActionIsACompositeThatChecksAndUploadsSarif() throws IOException {
        Map<String, Object> action = yaml("action.yml");
        assertEquals("composite", at(action, "runs", "using"));
        Map<String, Object> inputs = at(action, "inputs");
        List<Map<String, Object>> steps = at(action, "runs", "steps");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@")));
        for (Map<String, Object> s : steps) {
            if (s.containsKey("run")) {
                assertEquals("bash", s.get("shell"), s::toString);
            }
        }
        Matcher m = Pattern.compile("inputs\\.([a-z-]+)").matcher(Files.readString(Path.of("action.yml")));
        while (m.find()) {
            assertTrue(inputs.containsKey(m.group(1)), "input " + m.group(1) + " is declared");
        }
        assertTrue(Files.isExecutable(Path.of("ci/github/action.sh")));
    }

    @Test
    void theActionsCheckStepWritesSarifAndTheExitCode(@TempDir Path work) throws Exception {
        Files.copy(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"), work.resolve("stttt.yaml"));
        Path output = work.resolve("github-output");
        Map<String, String> env = Map.of("DXCHECK_BIN", dxcheck.toString(), "DXCHECK_PATHS", "stttt.yaml",
                "DXCHECK_ARGS", "--as-of 2023-07-15", "DXCHECK_SARIF", "out.sarif", "DXCHECK_CATEGORY", "provinces",
                "GITHUB_OUTPUT", output.toString(), "DXCHECK_ACTION_URL", "https://github.com/o/dxcheck",
                "DXCHECK_ACTION_REF", "v1");
        Run r = run(work, env, "bash", Path.of("ci/github/action.sh").toAbsolutePath().toString(), "check");
        assertEquals(0, r.exit(), r.out());
        assertEquals("exit-code=1\n", Files.readString(output), "findings are judged after the upload");
        String sarif = Files.readString(work.resolve("out.sarif"));
        assertTrue(sarif.contains("\"uri\" : \"stttt.yaml\"") && sarif.contains("\"id\" : \"provinces/2023-07-15\""), sarif);
        assertTrue(sarif.contains("\"helpUri\" : \"https://github.com/o/dxcheck/blob/v1/docs/rules.md#stf-001\""), sarif);
        Run broken = run(work, Map.of("DXCHECK_BIN", dxcheck.toString(), "DXCHECK_PATHS", "missing.yaml",
                "GITHUB_OUTPUT", output.toString()), "bash", Path.of("ci/github/action.sh").toAbsolutePath().toString(),
                "check");
        assertEquals(2, broken.exit(), "a run that cannot be made fails the step: " + broken.out());
    }

    /** Its script runs in .ci/dist-test, against the real archive. */
    @Test
    void theGitlabTemplateIsAJobWithAJunitReport() throws Exception {
        Map<String, Object> template = yaml("ci/gitlab/dxcheck.gitlab-ci.yml");
        assertEquals(".dxcheck", at(template, "dxcheck", "extends"));
        assertEquals("dxcheck-report/report.junit.xml", at(template, ".dxcheck", "artifacts", "reports", "junit"));
        List<Object> script = at(template, ".dxcheck", "script");
        script.forEach(line -> assertTrue(line instanceof String, "a script line is a string, not YAML: " + line));
        assertTrue(script.stream().anyMatch(l -> ((String) l).contains("--format junit,sarif,html,text")), script::toString);
    }

    @Test
    void thePreCommitHookChecksOnlyDxcheckDocuments(@TempDir Path work) throws Exception {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        Map<String, Object> hook = hooks.get(0);
        assertEquals("dxcheck", hook.get("id"));
        assertEquals("script", hook.get("language"));
        Path entry = Path.of((String) hook.get("entry"));
        assertTrue(Files.isExecutable(entry), entry::toString);
        assertTrue(Pattern.compile((String) hook.get("files")).matcher("plans/kế hoạch.yaml").find());

        Path agencies = Files.createDirectories(work.resolve("tỉnh/agencies"));
        Files.copy(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"), agencies.resolve("sở tt.yaml"));
        Files.writeString(work.resolve("workflow.yml"), "on: push\njobs: {}\n");
        Map<String, String> env = Map.of("DXCHECK", dxcheck.toString());
        String hookPath = entry.toAbsolutePath().toString();
        Run findings = run(work, env, hookPath, "--as-of=2023-07-15", "--lang=en", "tỉnh/agencies/sở tt.yaml",
                "workflow.yml");
        assertEquals(1, findings.exit(), findings.out());
        assertTrue(findings.out().contains("tỉnh/agencies/sở tt.yaml:") && findings.out().contains("STF-001"),
                findings.out());
        assertFalse(findings.out().contains("workflow.yml"), "other YAML is left alone: " + findings.out());
        Run other = run(work, env, hookPath, "workflow.yml");
        assertEquals(0, other.exit(), "no dxcheck document changed: " + other.out());
        Run dirs = run(work, env, hookPath, "--dirs", "--as-of=2023-07-15", "--fail-on=never",
                "tỉnh/agencies/sở tt.yaml");
        assertEquals(0, dirs.exit(), dirs.out());
        List<String> lines = new ArrayList<>(dirs.out().lines().toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("tỉnh/agencies/sở tt.yaml:")), dirs.out());
    }
}
