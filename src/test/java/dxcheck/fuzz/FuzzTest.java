package dxcheck.fuzz;

import dxcheck.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded mutation fuzzing of valid inputs. Every case takes one seed folder (the fixtures and the e2e province),
 * composes one of its files into YAML node trees, applies a few random mutations — drop, duplicate, rename and
 * retype keys, extreme and flipped values, long and empty strings, impossible dates, a value shared by two keys
 * (written as an anchor and an alias), documents duplicated or swapped — or mutates the text itself (truncation, a lost line, a stray byte), and checks the folder.
 *
 * <p>Our own mutator rather than jqwik: the cases must stay valid YAML most of the time to get past the parser and
 * into the readers and the rules, which needs knowledge of the tree; jqwik's generators and shrinking would add a
 * dependency without knowing that shape. Cases are reproducible: case N of seed S is always the same input, and a
 * failing case is written to target/fuzz-failures.
 *
 * <p>Invariants: no uncaught exception ("internal error", "Exception", a stack frame) on stderr; exit 0, 1 or 2;
 * exit 2 always with a file:line:column and nothing on stdout, else a report; no line of stderr over 1 000
 * characters (a megabyte key must not flood the terminal); the same input twice gives byte-identical stdout and
 * stderr.
 *
 * <p>{@code -Ddxcheck.fuzz.cases=N} (default 300), {@code -Ddxcheck.fuzz.seed=S}; {@code mvn -B verify -Pfuzz}
 * runs 10 000.
 */
class FuzzTest {
    private static final int CASES = Integer.getInteger("dxcheck.fuzz.cases", 300);
    private static final long SEED = Long.getLong("dxcheck.fuzz.seed", 6L);
    /** Keep every case and its output under target/fuzz-cases, to look at what the mutator makes. */
    private static final boolean KEEP = Boolean.getBoolean("dxcheck.fuzz.keep");
    private static final Pattern LOCATED = Pattern.compile("^\\S.*?:\\d+:\\d+: ");
    private static final List<String> FORMATS = List.of("json", "json", "json", "sarif", "text", "csv", "junit");

    /** A folder of valid inputs and the date to check it at. */
    private record Seed(Path dir, String asOf, Map<Path, String> files) {
    }

    @TempDir
    Path tmp;

    @Test
    void mutatedValidInputsNeverBreakTheInvariants() throws IOException {
        List<Seed> seeds = seeds();
        Map<Integer, Integer> exits = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < CASES && failures.size() < 10; n++) {
            Random random = new Random(SEED * 1_000_003L + n);
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Path dir = tmp.resolve("case-" + n);
            List<Path> names = new ArrayList<>(seed.files().keySet());
            Path target = names.get(random.nextInt(names.size()));
            for (Path rel : names) {
                Path p = dir.resolve(rel);
                Files.createDirectories(p.getParent());
                byte[] bytes = rel.equals(target) ? mutate(seed.files().get(rel), random)
                        : seed.files().get(rel).getBytes(StandardCharsets.UTF_8);
                Files.write(p, bytes);
            }
            String format = FORMATS.get(random.nextInt(FORMATS.size()));
            String[] args = {"check", "--lang", random.nextBoolean() ? "en" : "vi", "--format", format, "--as-of",
                    seed.asOf(), dir.toString()};
            Cli.Result first = Cli.run(args);
            Cli.Result second = Cli.run(args);
            exits.merge(first.exit(), 1, Integer::sum);
            String broken = broken(first, second);
            if (broken != null) {
                Path keep = Path.of("target/fuzz-failures/seed-" + SEED + "-case-" + n);
                dxcheck.TestDocs.copyTree(dir, keep);
                failures.add("case " + n + " (" + seed.dir() + ", " + target + ", --format " + format + "): "
                        + broken + "; input kept in " + keep + "\n" + first);
            }
            if (KEEP) {
                dxcheck.TestDocs.copyTree(dir, Path.of("target/fuzz-cases/case-" + n));
                Files.writeString(Path.of("target/fuzz-cases/case-" + n + ".out"), first.toString());
            }
            deleteTree(dir);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String summary = String.format("fuzz: seed %d, %d cases (x2 runs) in %d ms, exit codes %s, %d failures",
                SEED, CASES, ms, exits, failures.size());
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-summary.txt"), summary + "\n" + String.join("\n\n", failures));
        assertTrue(failures.isEmpty(), () -> summary + "\n\n" + String.join("\n\n", failures));
    }

    /** Null when the invariants hold, else what broke. */
    private static String broken(Cli.Result first, Cli.Result second) {
        if (first.exit() < 0 || first.exit() > 2) {
            return "exit code " + first.exit();
        }
        String err = first.err();
        if (err.contains("internal error") || err.contains("Exception") || err.contains("\tat ")) {
            return "an uncaught exception";
        }
        if (err.lines().anyMatch(l -> l.length() > 1_000)) {
            return "a line of standard error over 1 000 characters";
        }
        if (first.exit() == 2 && err.lines().noneMatch(l -> LOCATED.matcher(l).find())) {
            return "exit 2 without a file:line:column";
        }
        if (first.exit() == 2 && !first.out().isEmpty()) {
            return "exit 2 with a report on stdout";
        }
        if (first.exit() != 2 && first.out().isEmpty()) {
            return "no report";
        }
        if (first.exit() != second.exit() || !first.out().equals(second.out()) || !err.equals(second.err())) {
            return "the same input gave different output";
        }
        return null;
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        for (String f : List.of("ha-tinh", "quang-ninh", "ha-giang")) {
            out.add(seed(Path.of("fixtures", f), "2023-07-15"));
        }
        out.add(seed(Path.of("src/test/resources/e2e/small-province"), "2025-03-01"));
        return out;
    }

    private static Seed seed(Path dir, String asOf) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(dir.relativize(p), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return new Seed(dir, asOf, files);
    }

    // --- the mutator

    private static final String[] EXTREMES = {"-1", "0", "-0", "2147483647", "2147483648", "9223372036854775807",
            "9223372036854775808", "1e308", "-1e308", "1e-308", "4.9e-324", ".nan", ".inf", "-.inf", "0x7FFFFFFF",
            "1_000", "+5", "0.5", "100.0000001", "-100"};
    private static final String[] DATES = {"2023-02-30", "2023-13-01", "0000-01-01", "9999-12-31", "2023-7-5",
            "20230715", "2023-07-15T10:00:00Z", "1900-01-01", "2100-01-01", "2024-02-29", "2023-02-29"};
    private static final String[] TEXTS = {"", " ", "~", "null", "true", "no", "yes", "-", "---", "...", "*", "&a",
            "!!str", "x: y", "[a]", "{a: 1}", "# not a comment", "Ủy ban nhân dân", "\u202Eevil", "\uD83D\uDE00",
            "a\tb", "line\nbreak", "'", "\"", "\\", "%", "@", "`"};

    private static byte[] mutate(String text, Random r) {
        if (r.nextInt(6) == 0) {
            return mutateText(text, r);
        }
        List<Node> docs = new ArrayList<>();
        yaml().composeAll(new StringReader(text)).forEach(docs::add);
        int steps = 1 + r.nextInt(3);
        for (int i = 0; i < steps; i++) {
            mutateDocuments(docs, r);
        }
        StringBuilder out = new StringBuilder();
        for (Node d : docs) {
            StringWriter w = new StringWriter();
            yaml().serialize(d, w);
            out.append(out.length() == 0 ? "" : "---\n").append(w);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void mutateDocuments(List<Node> docs, Random r) {
        int choice = r.nextInt(20);
        if (choice == 0 && !docs.isEmpty()) {
            docs.add(r.nextInt(docs.size() + 1), copy(docs.get(r.nextInt(docs.size())))); // duplicate ids
        } else if (choice == 1 && docs.size() > 1) {
            docs.remove(r.nextInt(docs.size()));
        } else if (choice == 2 && docs.size() > 1) {
            java.util.Collections.swap(docs, r.nextInt(docs.size()), r.nextInt(docs.size()));
        } else if (!docs.isEmpty()) {
            int d = r.nextInt(docs.size());
            docs.set(d, mutateNode(docs.get(d), r));
        }
    }

    /** Picks one node of the tree (every node equally likely) and mutates it or its entries. */
    private static Node mutateNode(Node root, Random r) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        Node pick = all.get(r.nextInt(all.size()));
        if (pick instanceof MappingNode m && !m.getValue().isEmpty() && r.nextInt(3) > 0) {
            List<NodeTuple> entries = m.getValue();
            int i = r.nextInt(entries.size());
            NodeTuple t = entries.get(i);
            switch (r.nextInt(4)) {
                case 0 -> entries.remove(i);
                case 1 -> entries.add(r.nextInt(entries.size() + 1), new NodeTuple(copy(t.getKeyNode()),
                        r.nextBoolean() ? t.getValueNode() : copy(t.getValueNode()))); // shared: an anchor and alias
                case 2 -> entries.set(i, new NodeTuple(scalar(Tag.STR, renamed(t.getKeyNode(), r)), t.getValueNode()));
                default -> entries.set(i, new NodeTuple(t.getKeyNode(), replacement(t.getValueNode(), r)));
            }
            return root;
        }
        if (pick instanceof SequenceNode s && !s.getValue().isEmpty() && r.nextBoolean()) {
            List<Node> items = s.getValue();
            int i = r.nextInt(items.size());
            switch (r.nextInt(3)) {
                case 0 -> items.remove(i);
                case 1 -> items.add(r.nextBoolean() ? items.get(i) : copy(items.get(i))); // shared: an alias
                default -> items.set(i, replacement(items.get(i), r));
            }
            return root;
        }
        return pick == root ? replacement(root, r) : replaceIn(root, pick, replacement(pick, r));
    }

    private static String renamed(Node key, Random r) {
        String k = key instanceof ScalarNode s ? s.getValue() : "key";
        return switch (r.nextInt(6)) {
            case 0 -> k.isEmpty() ? "x" : k.substring(0, k.length() - 1); // a typo
            case 1 -> "x-" + k;
            case 2 -> k.toUpperCase(java.util.Locale.ROOT);
            case 3 -> "";
            case 4 -> k + k;
            default -> "rules";
        };
    }

    /** A new value for a node: another type, an extreme, a flipped flag, a wrong date, a long or empty text. */
    private static Node replacement(Node old, Random r) {
        String v = old instanceof ScalarNode s ? s.getValue() : "";
        return switch (r.nextInt(11)) {
            case 0 -> scalar(Tag.NULL, "");
            case 1 -> new MappingNode(Tag.MAP, new ArrayList<>(List.of(new NodeTuple(scalar(Tag.STR, "k"),
                    scalar(Tag.STR, v)))), DumperOptions.FlowStyle.FLOW);
            case 2 -> new SequenceNode(Tag.SEQ, new ArrayList<>(List.of(old instanceof ScalarNode ? copy(old)
                    : scalar(Tag.STR, "x"))), DumperOptions.FlowStyle.FLOW);
            case 3 -> number(EXTREMES[r.nextInt(EXTREMES.length)]);
            case 4 -> number(String.valueOf(r.nextBoolean() ? 0 : r.nextInt(r.nextBoolean() ? 101 : Integer.MAX_VALUE)));
            case 5 -> scalar(Tag.STR, v); // a number or a flag written as a string
            case 6 -> scalar(Tag.BOOL, "true".equals(v) ? "false" : "true");
            case 7 -> scalar(r.nextBoolean() ? Tag.TIMESTAMP : Tag.STR, DATES[r.nextInt(DATES.length)]);
            case 8 -> scalar(Tag.STR, "Sở ".repeat(r.nextBoolean() ? 10_000 : 100) + v);
            case 9 -> scalar(Tag.STR, TEXTS[r.nextInt(TEXTS.length)]);
            default -> old instanceof ScalarNode s && s.getTag().equals(Tag.INT)
                    ? scalar(Tag.INT, String.valueOf(-Long.parseLong(s.getValue().replace("_", "").replace("+", "")) - 1))
                    : scalar(Tag.INT, String.valueOf(r.nextInt(2000) - 1000));
        };
    }

    private static byte[] mutateText(String text, Random r) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        switch (r.nextInt(5)) {
            case 0 -> out.write(b, 0, at); // truncated
            case 1 -> { // a line lost
                String[] lines = text.split("\n", -1);
                int drop = r.nextInt(lines.length);
                for (int i = 0; i < lines.length; i++) {
                    if (i != drop) {
                        out.writeBytes((lines[i] + (i < lines.length - 1 ? "\n" : "")).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            case 2 -> { // a stray byte: anything from NUL to a broken UTF-8 lead
                out.write(b, 0, at);
                out.write(r.nextInt(256));
                out.write(b, at, b.length - at);
            }
            case 3 -> { // a tab or a quote or a bracket where it hurts
                out.write(b, 0, at);
                out.writeBytes(new String[] {"\t", "\"", "'", "[", "{", ": ", "- ", "&x ", "*x ", "!!", "%TAG"}
                        [r.nextInt(11)].getBytes(StandardCharsets.UTF_8));
                out.write(b, at, b.length - at);
            }
            default -> { // CRLF, or a BOM
                byte[] t = (r.nextBoolean() ? text.replace("\n", "\r\n") : "\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                out.writeBytes(t);
            }
        }
        return out.toByteArray();
    }

    private static ScalarNode number(String v) {
        return scalar(v.matches("[-+]?(0x)?[0-9_A-F]+") ? Tag.INT : Tag.FLOAT, v);
    }

    private static ScalarNode scalar(Tag tag, String value) {
        return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static void collect(Node n, List<Node> all) {
        all.add(n);
        if (n instanceof MappingNode m) {
            m.getValue().forEach(t -> collect(t.getValueNode(), all));
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(c -> collect(c, all));
        }
    }

    private static Node replaceIn(Node n, Node old, Node with) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> entries = m.getValue();
            for (int i = 0; i < entries.size(); i++) {
                NodeTuple t = entries.get(i);
                if (t.getValueNode() == old) {
                    entries.set(i, new NodeTuple(t.getKeyNode(), with));
                } else {
                    replaceIn(t.getValueNode(), old, with);
                }
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == old) {
                    items.set(i, with);
                } else {
                    replaceIn(items.get(i), old, with);
                }
            }
        }
        return n;
    }

    private static Node copy(Node n) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> entries = new ArrayList<>();
            m.getValue().forEach(t -> entries.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode()))));
            return new MappingNode(m.getTag(), entries, m.getFlowStyle());
        }
        if (n instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            s.getValue().forEach(c -> items.add(copy(c)));
            return new SequenceNode(s.getTag(), items, s.getFlowStyle());
        }
        ScalarNode s = (ScalarNode) n;
        return new ScalarNode(s.getTag(), s.getValue(), null, null, s.getScalarStyle());
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        DumperOptions dump = new DumperOptions();
        dump.setWidth(120);
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
