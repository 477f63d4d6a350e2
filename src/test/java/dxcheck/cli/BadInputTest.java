package dxcheck.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class of bad input gives exit 2, a message naming file:line:column and the field, no stack trace, and no
 * report. The corpus is src/test/resources/bad-input: each case says what it expects in "# expect: LOC | TEXT".
 */
class BadInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) \\| (.+)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                    () -> assertRejected(p, expectations(p))));
        }
    }

    private static List<String[]> expectations(Path p) throws IOException {
        Path first = Files.isDirectory(p) ? p.resolve("a.yaml") : p;
        Matcher m = EXPECT.matcher(Files.readString(first, StandardCharsets.UTF_8));
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        assertFalse(out.isEmpty(), "the case states what it expects");
        return out;
    }

    private void assertRejected(Path input, List<String[]> expected) throws IOException {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "an earlier report");
        Cli.Result r = Cli.run("check", "--lang", "en", "--format", "json", "--output", report.toString(),
                input.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals("an earlier report", Files.readString(report), "an existing report is left untouched");
        assertNoStackTrace(r);
        for (String[] e : expected) {
            boolean found = r.err().lines().anyMatch(l -> (l.contains("/" + e[0] + ":") || l.contains("/" + e[0] + " "))
                    && l.contains(e[1]) || l.contains("/" + e[0]) && e[0].contains(":") && l.contains(e[1]));
            assertTrue(found, () -> "expected a line with " + e[0] + " and '" + e[1] + "'\n" + r);
        }
    }

    static void assertNoStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace\n" + r);
    }

    private Cli.Result check(String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--lang", "en"));
        args.addAll(List.of(paths));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() throws IOException {
        Path f = tmp.resolve("latin1.yaml");
        byte[] head = "apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata:\n  agency:\n    name: \"S".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xDF; // 'ß' in Latin-1, a broken sequence in UTF-8
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = '\n';
        Files.write(f, bytes);
        Cli.Result r = check(f.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("latin1.yaml:5:13: the file is not valid UTF-8 (byte 0xDF)"), r::toString);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(dxcheck.load.Limits.MAX_FILE_BYTES + 1L); // sparse: costs no disk
        }
        Cli.Result r = check(f.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("huge.yaml:1:1: the file has 67108865 bytes, over the limit of 67108864 bytes"),
                r::toString);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        Path f = tmp.resolve("deep.yaml");
        Files.writeString(f, "x: " + "[".repeat(200) + "]".repeat(200) + "\n");
        Cli.Result r = check(f.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("deep.yaml:1:1: nesting too deep (limit 50 levels)"), r::toString);
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        Cli.Result r = check(tmp.resolve("nowhere").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("nowhere:0:0: no such file or directory"), r::toString);
    }

    @Test
    void aDirectoryWithoutYamlIsAnError() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not yaml");
        Cli.Result r = check(tmp.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no YAML documents (*.yaml, *.yml) under the given paths"), r::toString);
    }

    @Test
    void allErrorsAreListedUpToACap() throws IOException {
        StringBuilder b = new StringBuilder("apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata:\n  agency: {id: a, "
                + "name: A, jurisdiction: j}\n  asOf: 2023-01-01\nspec:\n");
        for (int i = 0; i < 150; i++) {
            b.append("  typo").append(i).append(": 1\n");
        }
        Path f = tmp.resolve("many.yaml");
        Files.writeString(f, b.toString());
        Cli.Result r = check(f.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(101, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("... and 50 more errors (only the first 100 are shown)"), r::toString);
    }

    private Path oneAgency() throws IOException {
        Path f = tmp.resolve("agency.yaml");
        Files.writeString(f, """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: ht.stttt, name: "Sở TT&TT", jurisdiction: ht, roles: [dx-lead]}
                  asOf: 2023-07-15
                spec:
                  staffing: {dedicatedDxStaff: 3}
                """);
        return f;
    }

    @Test
    void aPolicyOverrideWithAMisspeltKeyIsAnError() throws IOException {
        Path policy = tmp.resolve("province.yaml");
        Files.writeString(policy, """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: ht-2023, extends: national-2025}
                spec:
                  thresholds:
                    staffing.dxLead.minDedicatd: 8
                """);
        Cli.Result r = Cli.run("check", "--lang", "en", "--policy", policy.toString(), oneAgency().toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("province.yaml:6:5: spec.thresholds: policy key 'staffing.dxLead.minDedicatd' "
                + "is not defined by the base policy national-2025"), r::toString);
    }

    @Test
    void aPolicyOverrideOfTheWrongTypeIsAnError() throws IOException {
        Path policy = tmp.resolve("province.yaml");
        Files.writeString(policy, """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: ht-2023}
                spec:
                  thresholds:
                    staffing.dxLead.minDedicated: "8"
                """);
        Cli.Result r = Cli.run("check", "--lang", "en", "--policy", policy.toString(), oneAgency().toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("province.yaml:6:5: spec.thresholds.staffing.dxLead.minDedicated: policy key "
                + "'staffing.dxLead.minDedicated' must be number as in the base policy, found text"), r::toString);
    }

    @Test
    void badOptionsExitWithTwo() throws IOException {
        Cli.Result asOf = Cli.run("check", "--as-of", "2023-13-01", oneAgency().toString());
        assertEquals(2, asOf.exit(), asOf::toString);
        assertTrue(asOf.err().contains("--as-of"), asOf::toString);
        Cli.Result format = Cli.run("check", "--format", "pdf", oneAgency().toString());
        assertEquals(2, format.exit(), format::toString);
        Cli.Result noPath = Cli.run("check");
        assertEquals(2, noPath.exit(), noPath::toString);
        assertNoStackTrace(noPath);
    }
}
