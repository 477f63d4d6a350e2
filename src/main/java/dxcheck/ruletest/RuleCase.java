package dxcheck.ruletest;

import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Source;
import dxcheck.model.Threshold;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule test case kept as data beside the rules: a header document (case, asOf, policy, expect, expectNot)
 * followed by the input documents, e.g. {@code rules/tests/STF-001/below-minimum.yaml}. The header is blanked
 * out before loading, so the inputs keep their line numbers in the file.
 */
public record RuleCase(String name, String description, LocalDate asOf, PolicyDocument policy,
                       List<Expectation> expect, List<Expectation> expectNot, byte[] inputs) {

    private static final Set<String> HEADER_KEYS = Set.of("case", "asOf", "policy", "expect", "expectNot");
    private static final Set<String> EXPECT_KEYS = Set.of("rule", "subject", "severity", "line", "waived", "count");

    public static RuleCase read(Path file, String name) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = !lines.isEmpty() && lines.get(0).trim().equals("---") ? 1 : 0;
        int sep = start;
        while (sep < lines.size() && !lines.get(sep).startsWith("---")) {
            sep++;
        }
        String headerText = String.join("\n", lines.subList(start, sep));
        Map<String, Object> header = header(headerText, name);
        Map<String, List<Integer>> at = expectationLines(headerText, start);
        StringBuilder inputs = new StringBuilder("\n".repeat(sep));
        for (String l : lines.subList(sep, lines.size())) {
            inputs.append(l).append('\n');
        }
        Object asOf = header.get("asOf");
        if (!(asOf instanceof Date d)) {
            throw new IllegalArgumentException(name + ": the header needs asOf: YYYY-MM-DD");
        }
        return new RuleCase(name, String.valueOf(header.getOrDefault("case", name)),
                d.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), policy(header, name),
                expectations(header.get("expect"), name, at.get("expect")),
                expectations(header.get("expectNot"), name, at.get("expectNot")),
                inputs.toString().getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(String text, String name) {
        Object h = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(h instanceof Map)) {
            throw new IllegalArgumentException(name + ": the first document must be the case header (case, asOf, expect)");
        }
        Map<String, Object> m = (Map<String, Object>) h;
        checkKeys(m.keySet(), HEADER_KEYS, name);
        return m;
    }

    private static void checkKeys(Set<String> keys, Set<String> allowed, String name) {
        for (String k : keys) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "' (allowed: " + allowed + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Expectation> expectations(Object o, String name, List<Integer> lines) {
        List<Expectation> out = new ArrayList<>();
        if (o == null) {
            return out;
        }
        List<Object> items = (List<Object>) o;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> m = (Map<String, Object>) items.get(i);
            checkKeys(m.keySet(), EXPECT_KEYS, name);
            if (m.get("rule") == null) {
                throw new IllegalArgumentException(name + ": every expectation names a rule");
            }
            out.add(new Expectation(String.valueOf(m.get("rule")), (String) m.get("subject"),
                    (String) m.get("severity"), (Integer) m.get("line"), (Boolean) m.get("waived"),
                    (Integer) m.get("count"), lines != null && i < lines.size() ? lines.get(i) : 1));
        }
        return out;
    }

    /** The line (in the case file) of each entry of expect and expectNot, so a failure can point at it. */
    private static Map<String, List<Integer>> expectationLines(String headerText, int firstLine) {
        Map<String, List<Integer>> out = new java.util.HashMap<>();
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(headerText));
        } catch (RuntimeException e) {
            return out;
        }
        if (root instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode list) {
                    List<Integer> lines = new ArrayList<>();
                    list.getValue().forEach(n -> lines.add(firstLine + n.getStartMark().getLine() + 1));
                    out.put(k.getValue(), lines);
                }
            }
        }
        return out;
    }

    /** The case's policy overrides as one more layer over the base policy; null when there are none. */
    @SuppressWarnings("unchecked")
    private static PolicyDocument policy(Map<String, Object> header, String name) {
        Map<String, Object> values = (Map<String, Object>) header.get("policy");
        if (values == null || values.isEmpty()) {
            return null;
        }
        Location at = new Location(name, 1, 1);
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        values.forEach((k, v) -> thresholds.put(k, new Threshold(k, plain(v), "case", at)));
        return new PolicyDocument("case:" + name, "test case overrides", null, null, null, thresholds,
                new Source(at, Map.of()), PolicyDocument.Origin.CASE);
    }

    private static Object plain(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return v;
    }
}
