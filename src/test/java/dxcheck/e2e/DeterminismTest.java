package dxcheck.e2e;

import dxcheck.TestDocs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same documents give the same report, whatever the files are called, however the documents are spread over
 * files, and in whichever process. The contract sorts findings by file, line, rule, subject, so a renaming that
 * keeps the files' order keeps the report byte for byte (after the names and lines are mapped back); a renaming
 * that reorders the files reorders the findings, and nothing else.
 */
class DeterminismTest {
    private static final Path SMALL = Path.of("src/test/resources/e2e/small-province");
    private static final String AS_OF = "2025-03-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Where a line of a copied file was in the original. */
    private record Origin(String file, int firstLine) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    private static Cli.Result check(String format, Path dir) {
        return Cli.run("check", "--lang", "en", "--format", format, "--as-of", AS_OF, dir.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "csv"})
    void theSameInputTwiceGivesTheSameBytes(String format) {
        Cli.Result a = check(format, SMALL);
        Cli.Result b = check(format, SMALL);
        assertEquals(1, a.exit(), a::toString);
        assertEquals(a.out(), b.out());
        assertEquals(a.err(), b.err());
    }

    /** The same files named in another order on the command line: byte-identical (the inputs listed sorted). */
    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif", "html", "csv"})
    void theOrderOfThePathsGivenDoesNotMatter(String format) {
        String[] forward = {SMALL + "/agencies.yaml", SMALL + "/plan.yaml", SMALL + "/waivers.yaml"};
        String[] backward = {SMALL + "/waivers.yaml", SMALL + "/plan.yaml", SMALL + "/agencies.yaml"};
        String a = Cli.run(concat(format, forward)).out();
        String b = Cli.run(concat(format, backward)).out();
        assertTrue(a.contains("plan.yaml"), a);
        assertEquals(a, b);
    }

    private static String[] concat(String format, String[] paths) {
        String[] args = {"check", "--lang", "en", "--format", format, "--as-of", "2025-03-01"};
        String[] all = java.util.Arrays.copyOf(args, args.length + paths.length);
        System.arraycopy(paths, 0, all, args.length, paths.length);
        return all;
    }

    /** A plain renaming (another folder, every file prefixed): byte-identical once the names are replaced. */
    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void renamedFilesGiveTheSameReport(String format) throws IOException {
        Path a = copyTree(Path.of("fixtures/ha-tinh"), tmp.resolve("a"), n -> n);
        Path b = copyTree(Path.of("fixtures/ha-tinh"), tmp.resolve("b-đổi-tên"), n -> "hồ-sơ-" + n);
        String ra = Cli.run("check", "--lang", "en", "--format", format, "--as-of", "2023-07-15", a.toString()).out();
        String rb = Cli.run("check", "--lang", "en", "--format", format, "--as-of", "2023-07-15", b.toString()).out();
        assertTrue(ra.contains("plan.yaml"), ra);
        String mapped = rb;
        try (Stream<Path> s = Files.walk(a)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path rel = a.relativize(p);
                Path renamed = b.resolve(rel).resolveSibling("hồ-sơ-" + rel.getFileName());
                mapped = mapped.replace(renamed.toString(), p.toString())
                        .replace(renamed.toUri().toString(), p.toUri().toString()); // SARIF: absolute paths as URIs
            }
        }
        assertEquals(ra, mapped);
    }

    /**
     * The multi-document files split into one file per document, named so that they keep the original order:
     * the same report once each (file, line) is mapped back to where that line was.
     */
    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void splittingDocumentsIntoFilesGivesTheSameReport(String format) throws IOException {
        Path a = copyTree(SMALL, tmp.resolve("a"), n -> n);
        Path b = Files.createDirectories(tmp.resolve("b"));
        split(a.resolve("agencies.yaml"), b, i -> String.format("01-co-quan-%02d.yaml", i));
        split(a.resolve("plan.yaml"), b, i -> "02-ke-hoach-" + i + ".yaml");
        split(a.resolve("waivers.yaml"), b, i -> String.format("03-mien-tru-%02d.yaml", i));
        JsonNode ra = JSON.readTree(check(format, a).out());
        JsonNode rb = mapBack(JSON.readTree(check(format, b).out()));
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ra),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rb));
    }

    /**
     * Split and named in reverse: the files load in another order, so the facts enter the rule session in another
     * order; the findings are the same, each at the same place, only listed in the order of the new names.
     */
    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void reorderingFilesChangesOnlyTheOrderOfTheFindings(String format) throws IOException {
        Path a = copyTree(SMALL, tmp.resolve("a"), n -> n);
        Path b = Files.createDirectories(tmp.resolve("b"));
        split(a.resolve("agencies.yaml"), b, i -> String.format("z-%02d.yaml", 99 - i));
        split(a.resolve("plan.yaml"), b, i -> "m-plan.yaml");
        split(a.resolve("waivers.yaml"), b, i -> String.format("a-%02d.yaml", 99 - i));
        JsonNode ra = sorted(JSON.readTree(check(format, a).out()));
        JsonNode rb = sorted(mapBack(JSON.readTree(check(format, b).out())));
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ra),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rb));
    }

    /**
     * Found by this test: two valid waivers covering one finding — the waiver named in the report was the one the
     * rule engine happened to fire last, i.e. it followed the file names. The smallest waiver id now names it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a-agency.yaml", "m-agency.yaml", "z-agency.yaml"})
    void theWaiverNamedDoesNotDependOnTheFileNames(String agencyFile) throws IOException {
        for (String[] names : new String[][] {{"b-first.yaml", "c-second.yaml", "ht.stttt"},
                {"y-first.yaml", "c-second.yaml", "ht.stttt"}, {"b-first.yaml", "c-second.yaml", "*"},
                {"y-first.yaml", "c-second.yaml", "*"}}) {
            Path dir = Files.createDirectories(tmp.resolve(agencyFile + names[0] + names[2].length()));
            Files.writeString(dir.resolve(agencyFile), TestDocs.ONE_AGENCY);
            Files.writeString(dir.resolve(names[0]), waiver("W-1", "ht.stttt"));
            Files.writeString(dir.resolve(names[1]), waiver("W-2", names[2]));
            Cli.Result r = Cli.run("check", "--lang", "en", "--format", "csv", "--as-of", "2023-07-15", dir.toString());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("STF-001,") && l.endsWith(",true,W-1")), r::toString);
        }
    }

    private static String waiver(String id, String subject) {
        return """
                apiVersion: dxcheck/v1
                kind: Waiver
                metadata: {id: %s, grantedBy: "Sở", grantedOn: 2023-01-01}
                spec: {rule: STF-001, subject: "%s", reason: "r", expires: 2023-12-31}
                """.formatted(id, subject);
    }

    /**
     * Two processes, so two different hash seeds (Map.of, Map.copyOf, Set.of iterate in a per-process order): the
     * same bytes, explanations included. (The policy values used to enter the session in Map.copyOf order; no
     * difference showed, but they now go in by key.)
     */
    @Test
    void twoProcessesGiveTheSameBytes() throws Exception {
        assertEquals(runInNewJvm(), runInNewJvm());
    }

    private String runInNewJvm() throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dxcheck.cli.Main", "check", "--lang", "en",
                "--format", "json", "--explain", "--as-of", AS_OF, "--output", out.toString(), SMALL.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log-" + out.getFileName()).toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends");
        assertEquals(1, p.exitValue(), () -> readQuietly(tmp.resolve("log-" + out.getFileName())));
        return Files.readString(out);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    private Path copyTree(Path from, Path to, UnaryOperator<String> rename) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = from.relativize(p);
                Path target = to.resolve(rel).resolveSibling(rename.apply(rel.getFileName().toString()));
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return to;
    }

    /** One file per document ("---" lines separate them); remembers where each new file's first line was. */
    private void split(Path file, Path dir, java.util.function.IntFunction<String> name) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> doc = new ArrayList<>();
        int start = 1;
        int n = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).equals("---")) {
                if (!doc.isEmpty()) {
                    Path target = dir.resolve(name.apply(++n));
                    Files.write(target, doc, StandardCharsets.UTF_8);
                    origins.put(target.toString(), new Origin(file.toString(), start));
                }
                doc.clear();
                start = i + 2;
            } else {
                doc.add(lines.get(i));
            }
        }
    }

    /** Every (file, line) and (uri, startLine) of a report, and its inputs, mapped back to the original files. */
    private JsonNode mapBack(JsonNode n) {
        if (n instanceof ObjectNode o) {
            mapPlace(o, "file", "line", o);
            if (o.get("artifactLocation") != null && o.get("region") instanceof ObjectNode region) {
                mapPlace((ObjectNode) o.get("artifactLocation"), "uri", "startLine", region);
            }
            if (o.get("inputs") instanceof ArrayNode inputs) {
                List<String> names = new ArrayList<>();
                inputs.forEach(i -> {
                    Origin origin = origins.get(i.asText());
                    String mapped = origin == null ? i.asText() : origin.file();
                    if (!names.contains(mapped)) {
                        names.add(mapped);
                    }
                });
                inputs.removeAll();
                names.forEach(inputs::add);
            }
            o.elements().forEachRemaining(this::mapBack);
        } else if (n instanceof ArrayNode a) {
            a.forEach(this::mapBack);
        }
        return n;
    }

    private void mapPlace(ObjectNode named, String fileField, String lineField, ObjectNode lined) {
        JsonNode f = named.get(fileField);
        boolean uri = f != null && f.asText().startsWith("file:");
        String file = f == null ? null : uri ? Path.of(java.net.URI.create(f.asText())).toString() : f.asText();
        Origin origin = file == null ? null : origins.get(file);
        if (origin != null && lined.get(lineField) != null) {
            named.set(fileField, new TextNode(uri ? Path.of(origin.file()).toUri().toString() : origin.file()));
            lined.put(lineField, lined.get(lineField).asInt() + origin.firstLine() - 1);
        }
    }

    /** The findings (JSON) or results (SARIF) and the inputs in one order that does not depend on file names. */
    private static JsonNode sorted(JsonNode report) {
        for (String list : List.of("findings", "inputs")) {
            sortArray(report.get(list));
        }
        JsonNode runs = report.get("runs");
        if (runs != null) {
            runs.forEach(run -> sortArray(run.get("results")));
        }
        return report;
    }

    private static void sortArray(JsonNode array) {
        if (!(array instanceof ArrayNode a)) {
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        a.forEach(items::add);
        items.sort(Comparator.comparing(JsonNode::toString));
        a.removeAll();
        a.addAll(items);
    }

    static {
        // the forked JVM runs from the same working directory, so relative paths agree
        assertTrue(new File("rules").isDirectory());
    }
}
