package dxcheck.cli;

import dxcheck.TestDocs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every class of bad input gives exit 2, a message naming file:line:column and the field, no stack trace, and no
 * report. The corpus is src/test/resources/bad-input: each case says what it expects in "# expect: LOC | TEXT".
 */
class BadInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** Generous: every case here takes well under a second; a hang or a blow-up must fail, not stall the build. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    /** A line that starts with a place: file:line:column (the file may hold colons only on Windows; not here). */
    static final Pattern LOCATED = Pattern.compile("^\\S.*?:\\d+:\\d+: ");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) \\| (.+)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                    () -> assertTimeoutPreemptively(BOUND, () -> assertRejected(p, expectations(p)))));
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
        assertLocated(r);
        for (String[] e : expected) {
            boolean found = r.err().lines().anyMatch(l -> (l.contains("/" + e[0] + ":") || l.contains("/" + e[0] + " "))
                    && l.contains(e[1]) || l.contains("/" + e[0]) && e[0].contains(":") && l.contains(e[1]));
            assertTrue(found, () -> "expected a line with " + e[0] + " and '" + e[1] + "'\n" + r);
        }
    }

    static void assertNoStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace\n" + r);
    }

    /** At least one line of standard error names a place as file:line:column. */
    static void assertLocated(Cli.Result r) {
        assertTrue(r.err().lines().anyMatch(l -> LOCATED.matcher(l).find()), () -> "a file:line:column\n" + r);
    }

    /** Exit 2, no stack trace, a located message containing the text. */
    private static void assertRefused(Cli.Result r, String text) {
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertNoStackTrace(r);
        assertLocated(r);
        assertTrue(r.err().contains(text), () -> "expected '" + text + "'\n" + r);
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
        assertTrue(r.err().contains("deep.yaml:1:53: nesting too deep (limit 50 levels)"), r::toString);
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        Cli.Result r = check(tmp.resolve("nowhere").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("nowhere:0:0: no such file or directory"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void aDirectoryWithoutYamlIsAnError() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not yaml");
        Cli.Result r = check(tmp.toString());
        assertEquals(2, r.exit(), r::toString);
        assertRefused(r, tmp + ":0:0: no YAML documents (*.yaml, *.yml) under the given paths");
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
        Files.writeString(f, TestDocs.ONE_AGENCY);
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

    // --- robustness (issue #6): encodings, line ends, sizes, counts, permissions

    private static final String AGENCY = TestDocs.ONE_AGENCY;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLeadingByteOrderMarkIsAcceptedAndLinesStayRight() throws IOException {
        Path f = write("bom.yaml", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(AGENCY)));
        Cli.Result r = check(f.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("bom.yaml:7:14: error STF-001 ht.stttt"), r::toString);
    }

    @Test
    void crlfLineEndsAreAcceptedAndLinesStayRight() throws IOException {
        Path lf = write("lf.yaml", utf8(AGENCY));
        Path crlf = write("crlf.yaml", utf8(AGENCY.replace("\n", "\r\n")));
        Cli.Result a = Cli.run("check", "--lang", "en", "--format", "json", "--as-of", "2023-07-15", lf.toString());
        Cli.Result b = Cli.run("check", "--lang", "en", "--format", "json", "--as-of", "2023-07-15", crlf.toString());
        assertEquals(1, b.exit(), b::toString);
        assertEquals(a.out().replace("lf.yaml", "crlf.yaml"), b.out());
        Path bad = write("crlf-bad.yaml", utf8(AGENCY.replace("dedicatedDxStaff: 3", "dedicatedDxStaff: \"3\"")
                .replace("\n", "\r\n")));
        assertRefused(check(bad.toString()), "crlf-bad.yaml:7:32: spec.staffing.dedicatedDxStaff: expected a whole");
    }

    @Test
    void oldMacLineEndsAreLinesToo() throws IOException {
        Path cr = write("cr.yaml", utf8(AGENCY.replace("dedicatedDxStaff: 3", "dedicatedDxStaf: 3").replace("\n", "\r")));
        assertRefused(check(cr.toString()), "cr.yaml:7:14: spec.staffing.dedicatedDxStaf: unknown key");
    }

    @Test
    void aNulByteIsRefusedAtItsPlace() throws IOException {
        Path f = write("nul.yaml", utf8(AGENCY.replace("Sở TT&TT", "Sở\u0000TT")));
        assertRefused(check(f.toString()), "nul.yaml:4:35: the character U+0000 is not allowed in YAML");
    }

    @Test
    void otherControlCharactersAreRefusedToo() throws IOException {
        Path f = write("esc.yaml", utf8(AGENCY.replace("asOf: 2023-07-15", "asOf: 2023-07-15 \u001B[31m")));
        assertRefused(check(f.toString()), "esc.yaml:5:20: the character U+001B is not allowed in YAML");
    }

    @Test
    void anEmptyFileIsNamed() throws IOException {
        Path f = write("empty.yaml", new byte[0]);
        assertRefused(check(f.toString()), "empty.yaml:1:1: the file holds no YAML document");
        Path comments = write("comments.yaml", utf8("# only a comment\n---\n...\n"));
        assertRefused(check(comments.toString()), "comments.yaml:1:1: the file holds no YAML document");
    }

    @Test
    void anEmptyFileBesideOthersIsHarmless() throws IOException {
        write("empty.yaml", new byte[0]);
        write("agency.yaml", utf8(AGENCY));
        Cli.Result r = check(tmp.toString());
        assertEquals(1, r.exit(), r::toString);
    }

    @Test
    void emptyStandardInputIsNamed() {
        Cli.Result r = Cli.runWithStdin("", "check", "--lang", "en", "-");
        assertRefused(r, "<stdin>:1:1: the file holds no YAML document");
    }

    @Test
    void aFileWithoutReadPermissionIsNamed() throws IOException {
        Path f = write("secret.yaml", utf8(AGENCY));
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions on this file system");
        }
        assumeFalse(Files.isReadable(f), "running as root (or with CAP_DAC_OVERRIDE): every file is readable");
        assertRefused(check(f.toString()), "secret.yaml:0:0: cannot be read: permission denied");
    }

    @Test
    void aFolderWithoutReadPermissionIsNamed() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("locked"));
        Files.writeString(d.resolve("a.yaml"), AGENCY);
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(d), "running as root (or with CAP_DAC_OVERRIDE): every folder is readable");
            assertRefused(check(tmp.toString()), "locked:0:0: cannot be read: permission denied");
        } finally {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void otherEncodingsAndBrokenSequencesAreNotUtf8() throws IOException {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, AGENCY.getBytes(StandardCharsets.UTF_16LE));
        assertRefused(check(write("utf16.yaml", utf16).toString()), "utf16.yaml:1:1: the file is not valid UTF-8 (byte 0xFF)");
        byte[] overlong = concat(utf8("apiVersion: dxcheck/v1\nkind: "), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\n"));
        assertRefused(check(write("overlong.yaml", overlong).toString()), "overlong.yaml:2:7: the file is not valid UTF-8 (byte 0xC0)");
        byte[] lone = concat(utf8("apiVersion: dxcheck/v1\nkind: A"), new byte[] {(byte) 0x80}, utf8("\n"));
        assertRefused(check(write("lone.yaml", lone).toString()), "lone.yaml:2:8: the file is not valid UTF-8 (byte 0x80)");
        byte[] cut = concat(utf8(AGENCY + "x-note: \"Vi"), new byte[] {(byte) 0xE1, (byte) 0xBB});
        assertRefused(check(write("cut.yaml", cut).toString()), "cut.yaml:8:12: the file is not valid UTF-8 (byte 0xE1)");
        byte[] surrogate = concat(utf8("a: "), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\n"));
        assertRefused(check(write("surrogate.yaml", surrogate).toString()), "surrogate.yaml:1:4: the file is not valid UTF-8 (byte 0xED)");
    }

    @Test
    void absurdNestingIsStoppedAtTheLimitWithoutExhaustingTheStack() throws IOException {
        Path f = tmp.resolve("abyss.yaml");
        Files.writeString(f, "x: " + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "\n");
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> check(f.toString()));
        assertRefused(r, "abyss.yaml:1:53: nesting too deep (limit 50 levels)");
        Path g = tmp.resolve("abyss-map.yaml");
        Files.writeString(g, "x: " + "{a: ".repeat(100_000) + "}".repeat(100_000) + "\n");
        assertRefused(assertTimeoutPreemptively(BOUND, () -> check(g.toString())), "abyss-map.yaml:1:");
    }

    /**
     * 50 MB, under the 64 MiB limit: a valid document with long notes (each under the 1 MiB a value may hold). It
     * is read and checked, in seconds (about 3 s and 600 MB of heap on a 2-core machine), not refused: a real report
     * with attachments quoted inline can be big.
     */
    @Test
    void aFileOf50MegabytesIsCheckedInBoundedTime() throws IOException {
        Path f = tmp.resolve("big.yaml");
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(AGENCY);
            String line = "  " + "chuyển đổi số ".repeat(6) + "\n";
            long written = AGENCY.length();
            for (int note = 0; written < 50_000_000L; note++) {
                w.write("x-note-" + note + ": |\n");
                for (int i = 0; i < 10_000; i++) {
                    w.write(line);
                    written += line.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        assertTrue(Files.size(f) >= 50_000_000L && Files.size(f) < dxcheck.load.Limits.MAX_FILE_BYTES);
        long start = System.nanoTime();
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> check(f.toString()));
        System.out.printf("50 MB file: exit %d in %d ms%n", r.exit(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("big.yaml:7:14: error STF-001 ht.stttt"), r::toString);
    }

    /**
     * 100 000 documents in one file: refused at the first document past the limit of 50 000 per run, without
     * reading the rest.
     */
    @Test
    void aHundredThousandDocumentsAreRefusedQuicklyWithALimitMessage() throws IOException {
        Path f = tmp.resolve("many.yaml");
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                w.write(AGENCY.replace("ht.stttt", "ht.a" + i).replace("roles: [dx-lead]", "roles: []"));
                w.write("---\n");
            }
        }
        long start = System.nanoTime();
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> check(f.toString()));
        System.out.printf("100 000 documents: exit %d in %d ms%n", r.exit(), (System.nanoTime() - start) / 1_000_000);
        int firstPast = 50_000 * 8 + 1;
        assertRefused(r, "many.yaml:" + firstPast + ":1: more than 50000 documents in one run (the limit)");
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    @Test
    void theDocumentLimitCountsAcrossFiles() throws IOException {
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < 25_001; i++) {
            half.append("---\napiVersion: dxcheck/v1\nkind: Waiver\n");
        }
        Files.writeString(tmp.resolve("a.yaml"), half);
        Files.writeString(tmp.resolve("b.yaml"), half);
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> check(tmp.toString()));
        // files are read in parallel: the limit is said of the run, at the path given, whichever file passed it
        assertRefused(r, tmp + ":0:0: more than 50000 documents in one run (the limit)");
    }

    /**
     * Found by FuzzTest (seed 2026, case 9916): SnakeYAML 2.3's StreamReader failed with an index out of bounds when
     * a read filled its 1024-character buffer and ended on the first half of a surrogate pair (an emoji, a rare
     * CJK character). We worked around it until SnakeYAML 2.4 fixed it; this keeps it fixed. Every offset around the
     * buffer boundaries must load.
     */
    @Test
    void aCharacterOutsideTheBasicPlaneAcrossTheReadBufferLoads() throws IOException {
        String head = AGENCY + "x-note: \"";
        for (int boundary : new int[] {1024, 2048, 33792}) {
            for (int at = boundary - 2; at <= boundary + 1; at++) { // the high surrogate at index 'at'
                String text = head + "a".repeat(at - head.length()) + "\uD83D\uDE00 \uD840\uDC0B\"\n";
                Cli.Result r = check(write("emoji.yaml", utf8(text)).toString());
                assertNoStackTrace(r);
                assertEquals(1, r.exit(), r::toString);
            }
        }
    }

    @Test
    void standardInputOverTheSizeLimitIsRefused() {
        String big = "x-note: \"" + "a".repeat(dxcheck.load.Limits.MAX_FILE_BYTES) + "\"\n";
        Cli.Result r = Cli.runWithStdin(big, "check", "--lang", "en", "-");
        assertRefused(r, "<stdin>:1:1: the file is larger than the limit of 67108864 bytes");
    }

    /** A device has no honest size (0 for /dev/zero) and may never end: refused at once, as any non-regular file. */
    @Test
    void anEndlessDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> check(zero.toString()));
        assertRefused(r, "/dev/zero:0:0: not a regular file (a FIFO, a device or a socket); use - to read standard input");
    }
}
