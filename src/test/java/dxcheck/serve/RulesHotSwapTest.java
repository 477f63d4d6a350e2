package dxcheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dxcheck.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule author edits the rules folder of a running server: rebuilt in the background, swapped whole. */
class RulesHotSwapTest {
    @TempDir
    Path tmp;

    @Test
    void anEditedRuleIsServedAfterTheRebuildAndABrokenOneKeepsTheOld() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        Path staffing = rules.resolve("staffing.drl");
        String original = Files.readString(staffing);
        String agency = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
        StringWriter log = new StringWriter();
        try (DxServer server = DxServer.start(ServeOptions.defaults(rules).withPollMillis(100), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(log, true))) {
            URI check = server.uri().resolve("/api/check?asOf=2023-07-15&lang=en");
            URI health = server.uri().resolve("/health");
            String v1 = Http.json(Http.get(health)).get("rulesVersion").asText();
            assertTrue(Http.postYaml(check, agency).body().contains("The DX lead agency has 3 dedicated staff"));

            String edited = original.replace("The DX lead agency has {actual} dedicated staff",
                    "EDITED: the DX lead agency has {actual} dedicated staff");
            assertFalse(edited.equals(original), "the message to edit is in staffing.drl");
            Files.writeString(staffing, edited);
            JsonNode h2 = waitFor(health, h -> !h.get("rulesVersion").asText().equals(v1));
            assertFalse(h2.has("rulesError"), h2::toString);
            String v2 = h2.get("rulesVersion").asText();
            assertTrue(Http.postYaml(check, agency).body().contains("EDITED: the DX lead agency has 3 dedicated staff"));

            Files.writeString(staffing, edited.replace("staffing.dedicatedDxStaff < $min )",
                    "staffing.dedicatedDxStaf < $min )"));
            JsonNode h3 = waitFor(health, h -> h.has("rulesError"));
            assertEquals(v2, h3.get("rulesVersion").asText(), "the last good rules keep serving");
            assertTrue(h3.get("rulesError").asText().contains("staffing.drl:"), h3::toString);
            HttpResponse<String> still = Http.postYaml(check, agency);
            assertEquals(200, still.statusCode());
            assertTrue(still.body().contains("EDITED: the DX lead agency has 3 dedicated staff"), still::body);
            assertTrue(log.toString().contains("the new rules do not compile; still serving rules version " + v2),
                    log::toString);

            Files.writeString(staffing, original);
            JsonNode h4 = waitFor(health, h -> !h.has("rulesError"));
            assertFalse(h4.get("rulesVersion").asText().equals(v2));
            assertTrue(Http.postYaml(check, agency).body().contains("The DX lead agency has 3 dedicated staff"));
        }
    }

    /**
     * Issue 18: a rule that reads a key the policy does not define compiles, but `check` refuses it. The server refuses
     * it the same way (lint's error, at the rule), keeps serving the last good rules and says why on /health.
     */
    @Test
    void aRuleReadingAnUndefinedPolicyKeyIsRefusedAndTheLastGoodRulesServe() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        for (String f : new String[] {"staffing.drl", "policy.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        dxcheck.TestDocs.copyKnowledge(rules);
        Path staffing = rules.resolve("staffing.drl");
        String original = Files.readString(staffing);
        String agency = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
        try (DxServer server = DxServer.start(ServeOptions.defaults(rules).withPollMillis(100), dxcheck.TestRules.SETS,
                Lang.EN, new PrintWriter(new StringWriter(), true))) {
            URI check = server.uri().resolve("/api/check?asOf=2023-07-15&lang=en");
            URI health = server.uri().resolve("/health?lang=en");
            String v1 = Http.json(Http.get(health)).get("rulesVersion").asText();
            String typo = original.replace("Threshold( key == \"staffing.dxLead.minDedicated\"",
                    "Threshold( key == \"staffing.dxLead.minDedicatd\"");
            assertFalse(typo.equals(original), "the condition to edit is in staffing.drl");
            Files.writeString(staffing, typo);
            JsonNode h = waitFor(health, x -> x.has("rulesError"));
            assertEquals(v1, h.get("rulesVersion").asText(), "the last good rules keep serving");
            String error = h.get("rulesError").asText();
            assertTrue(error.contains("staffing.drl:10:1") && error.contains("'staffing.dxLead.minDedicatd'")
                    && error.contains("policy.yaml does not define"), error);
            HttpResponse<String> r = Http.postYaml(check, agency);
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.body().contains("The DX lead agency has 3 dedicated staff"), r::body);
        }
        // a server started on such rules does not start (serve exits 2 with the error), as check refuses them
        {
            Path broken = Files.createDirectories(tmp.resolve("broken"));
            Files.copy(rules.resolve("policy.yaml"), broken.resolve("policy.yaml"));
            dxcheck.TestDocs.copyKnowledge(broken);
            Files.writeString(broken.resolve("staffing.drl"), Files.readString(staffing));
            dxcheck.load.CannotRunException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dxcheck.load.CannotRunException.class, () -> DxServer.start(
                            ServeOptions.defaults(broken).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                            new PrintWriter(new StringWriter(), true)));
            assertTrue(String.join("\n", e.lines(Lang.EN)).contains("minDedicatd"), () -> e.lines(Lang.EN).toString());
        }
    }

    /**
     * The attack (issue 13): policy.yaml saved in small pieces while requests arrive. Half-written states (a value cut
     * off, keys missing) must never be served: every answer is 200, from the old rules or the whole new ones.
     */
    @Test
    void aPolicySavedInPiecesIsNeverServedHalfWritten() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        // the staffing rules, and a rule that reads the policy's very last key: every cut-off policy misses it
        for (String f : new String[] {"staffing.drl", "local-government.drl", "policy.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        dxcheck.TestDocs.copyKnowledge(rules);
        Path policy = rules.resolve("policy.yaml");
        String before = Files.readString(policy);
        String after = before.replace("staffing.dxLead.minDedicated: {value: 5", "staffing.dxLead.minDedicated: {value: 3");
        String agency = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
        try (DxServer server = DxServer.start(ServeOptions.defaults(rules).withPollMillis(250), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter(), true))) {
            URI check = server.uri().resolve("/api/check?asOf=2023-07-15&lang=en");
            URI health = server.uri().resolve("/health");
            String v1 = Http.json(Http.get(health)).get("rulesVersion").asText();
            java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(policy,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    for (String line : after.split("(?<=\n)")) { // an editor flushing its buffer line by line
                        ch.write(java.nio.ByteBuffer.wrap(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        Thread.sleep(15);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    saving.set(false);
                }
            });
            writer.start();
            int requests = 0;
            while (saving.get() || requests < 20) {
                HttpResponse<String> r = Http.postYaml(check, agency);
                assertEquals(200, r.statusCode(), () -> "a half-saved policy was served: " + r.body());
                requests++;
            }
            writer.join();
            JsonNode h = waitFor(health, x -> !x.get("rulesVersion").asText().equals(v1));
            assertFalse(h.has("rulesError"), "only the whole file was built: " + h);
            assertFalse(Http.postYaml(check, agency).body().contains("STF-001"), "the new policy serves");
        }
    }

    private static JsonNode waitFor(URI health, Predicate<JsonNode> ready) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonNode h = null;
        while (System.nanoTime() < deadline) {
            h = Http.json(Http.get(health));
            if (ready.test(h)) {
                return h;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rules were not rebuilt in time: " + h);
    }
}
