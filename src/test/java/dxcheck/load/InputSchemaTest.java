package dxcheck.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dxcheck.ruletest.RuleCase;
import dxcheck.text.Lang;
import dxcheck.ruletest.RuleCaseRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * schema/dxcheck-v1.schema.json (what YAML editors validate a draft with) and the loader must agree on every input
 * we have: the fixtures, the policies, the end-to-end inputs, the inputs of every rule test case and every
 * bad-input case. A case is valid for both or invalid for both, unless it is in {@link #CANNOT_AGREE}.
 */
class InputSchemaTest {
    static final Path SCHEMA = Path.of("schema/dxcheck-v1.schema.json");
    static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

    /**
     * Cases where the schema accepts what the loader refuses (or never sees the data at all), because JSON Schema
     * cannot express the check. Key: the case name as {@link #corpus()} names it. Every entry must still disagree
     * (see {@link #allowListHasNoStaleEntries()}): when the schema or the case changes, remove the entry.
     */
    static final Map<String, String> CANNOT_AGREE = Map.ofEntries(
            Map.entry("bad-input/duplicate-ids",
                    "ids unique across files, task ids and indicator@year unique within a plan: a schema sees one document"
                    + " at a time, and uniqueItems compares whole items, not one property of them"),
            Map.entry("bad-input/duplicate-key.yaml",
                    "a repeated key: the JSON data model has no duplicate keys (the last one wins), so the schema never"
                    + " sees it; editors report it as a YAML problem"),
            Map.entry("bad-input/java-tag.yaml",
                    "a YAML tag naming a Java class: tags are not part of the JSON data model a schema judges (the parser"
                    + " refuses the tag before there is any data)"),
            Map.entry("bad-input/alias-bomb.yaml",
                    "the alias limit is a resource limit of the parser: the expanded data is never built, so there is"
                    + " nothing for a schema to judge"),
            Map.entry("bad-input/syntax-error.yaml",
                    "a YAML syntax error: there is no data for a schema to judge; editors report it from the parser"),
            Map.entry("bad-input/runtime-tag.yaml",
                    "a YAML tag: tags are not part of the JSON data model a schema judges; the loader refuses every tag"),
            Map.entry("bad-input/script-engine-tag.yaml",
                    "a YAML tag: tags are not part of the JSON data model a schema judges; the loader refuses every tag"),
            Map.entry("bad-input/verbatim-tag.yaml",
                    "a YAML tag: tags are not part of the JSON data model a schema judges; the loader refuses every tag"),
            Map.entry("bad-input/local-tag.yaml",
                    "a YAML tag: tags are not part of the JSON data model a schema judges; the loader refuses every tag"),
            Map.entry("bad-input/complex-key.yaml",
                    "a mapping used as a key: JSON keys are text, so the converted data has no such key to judge"),
            Map.entry("bad-input/alias-across-documents.yaml",
                    "an alias to an anchor of another document: each document is a separate JSON value, there is nothing to resolve"),
            Map.entry("bad-input/deep-block.yaml",
                    "the nesting limit is a resource limit of the parser: the data is never built"),
            Map.entry("bad-input/duplicate-key-flow.yaml",
                    "a repeated key in a flow mapping: the JSON data model has no duplicate keys"),
            Map.entry("bad-input/tab-indent.yaml",
                    "a tab in indentation is a YAML syntax error: there is no data for a schema to judge"),
            Map.entry("bad-input/unquoted-colon.yaml",
                    "a value holding ': ' without quotes is a YAML syntax error: there is no data for a schema to judge"),
            Map.entry("bad-input/misaligned-key.yaml",
                    "a key out of line with its level is a YAML syntax error: there is no data for a schema to judge"),
            Map.entry("bad-input/extreme-numbers.yaml",
                    "YAML 1.1 number forms (0x10, 0o17, .nan, 1.0 as a count): JSON Schema counts 1.0 as an integer and sees the others as text or numbers the loader reads differently"),
            Map.entry("bad-input/policy-huge-number.yaml",
                    "a policy value above 2^63: JSON numbers have no size limit, the loader keeps whole numbers in a long"));

    enum Verdict { VALID, INVALID, NO_DATA }

    /** One complaint: the file (its name) and the field, as a dotted path with [i] for list entries. */
    record Complaint(String file, String field, String text) {
        /** The same place, or one inside the other (a missing key is reported at its parent by both). */
        boolean near(Complaint o) {
            return file.equals(o.file) && (field.equals(o.field) || inside(field, o.field) || inside(o.field, field));
        }

        private static boolean inside(String a, String parent) {
            return !parent.isEmpty() && (a.startsWith(parent + ".") || a.startsWith(parent + "["));
        }
    }

    record Outcome(Verdict loader, Verdict schema, List<Complaint> byLoader, List<Complaint> bySchema,
                   String noData) {
        /** Complaints of one side with nothing near them on the other side. */
        List<Complaint> unmatched(List<Complaint> mine, List<Complaint> theirs) {
            return mine.stream().filter(c -> theirs.stream().noneMatch(c::near)).toList();
        }

        /** Valid for both, or invalid for both with each complaint of one side near one of the other. */
        boolean agree() {
            return loader == schema && unmatched(byLoader, bySchema).isEmpty()
                    && unmatched(bySchema, byLoader).isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("loader " + loader + ", schema " + schema + "\n");
            byLoader.forEach(c -> b.append("  loader: ").append(c).append('\n'));
            bySchema.forEach(c -> b.append("  schema: ").append(c).append('\n'));
            if (noData != null) {
                b.append("  schema: no data: ").append(noData).append('\n');
            }
            b.append("  only the loader: ").append(unmatched(byLoader, bySchema)).append('\n');
            b.append("  only the schema: ").append(unmatched(bySchema, byLoader)).append('\n');
            return b.toString();
        }
    }

    /** One input of the corpus: its documents as bytes for the schema, and how the loader reads it. */
    record Case(String name, Map<String, byte[]> files, LoaderRun loader) {
    }

    interface LoaderRun {
        void run() throws InvalidInputException, IOException;
    }

    static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        schema = factory.getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
    }

    // ---------------------------------------------------------------- the corpus

    static List<Case> corpus() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path p : yamlUnder(Path.of("fixtures"))) {
            out.add(fileCase(p.toString().replace('\\', '/'), p));
        }
        for (Path p : yamlUnder(Path.of("rules"))) {
            boolean knowledge = KnowledgeReader.FILES
                    .contains(p.getFileName().toString()); // what the rules folder knows: not an input kind
            if (!RuleCaseRunner.caseFiles(Path.of("rules")).contains(p) && !knowledge) {
                out.add(fileCase(p.toString().replace('\\', '/'), p)); // rules/policy.yaml
            }
        }
        for (Path p : RuleCaseRunner.caseFiles(Path.of("rules"))) {
            String name = p.toString().replace('\\', '/');
            byte[] inputs = RuleCase.read(p, name).inputs(); // the header blanked out, lines kept
            out.add(new Case(name, Map.of(name, inputs), () -> Loader.loadBytes(Map.of(name, inputs))));
        }
        for (Path p : yamlUnder(Path.of("src/test/resources/e2e"))) {
            out.add(fileCase(p.toString().replace('\\', '/').replace("src/test/resources/", ""), p));
        }
        try (Stream<Path> s = Files.list(BAD_INPUT)) {
            for (Path p : s.sorted().toList()) {
                String name = "bad-input/" + p.getFileName();
                if (Files.isDirectory(p)) { // a case of several files, loaded together
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    for (Path f : yamlUnder(p)) {
                        files.put(f.getFileName().toString(), Files.readAllBytes(f));
                    }
                    out.add(new Case(name, files, () -> loadPath(p)));
                } else {
                    out.add(fileCase(name, p));
                }
            }
        }
        return out;
    }

    private static Case fileCase(String name, Path p) throws IOException {
        return new Case(name, Map.of(p.getFileName().toString(), Files.readAllBytes(p)), () -> loadPath(p));
    }

    private static void loadPath(Path p) throws InvalidInputException {
        Loader.load(List.of(p.toString()), InputStream.nullInputStream());
    }

    private static List<Path> yamlUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- the two judges

    static Outcome judge(Case c) throws IOException {
        List<Complaint> byLoader = new ArrayList<>();
        try {
            c.loader().run();
        } catch (InvalidInputException e) {
            for (InputError err : e.errors()) {
                String file = err.location() == null ? "" : Path.of(err.location().file()).getFileName().toString();
                byLoader.add(new Complaint(file, err.field() == null ? "" : err.field(), err.render(Lang.EN)));
            }
        }
        Verdict loader = byLoader.isEmpty() ? Verdict.VALID : Verdict.INVALID;
        List<Complaint> bySchema = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            List<JsonNode> docs;
            try {
                docs = documents(f.getValue());
            } catch (CharacterCodingException | YAMLException e) {
                return new Outcome(loader, Verdict.NO_DATA, byLoader, bySchema, f.getKey() + ": " + e.getMessage());
            }
            for (int i = 0; i < docs.size(); i++) {
                for (ValidationMessage m : schema.validate(docs.get(i))) {
                    bySchema.add(new Complaint(f.getKey(), field(m), "document " + (i + 1) + ": " + m.getMessage()));
                }
            }
        }
        return new Outcome(loader, bySchema.isEmpty() ? Verdict.VALID : Verdict.INVALID, byLoader, bySchema, null);
    }

    /** The field a schema message is about, in the loader's notation: an unknown key names the key itself. */
    private static String field(ValidationMessage m) {
        String at = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
            return at.isEmpty() ? m.getProperty() : at + "." + m.getProperty();
        }
        return at;
    }

    @TestFactory
    Stream<DynamicTest> schemaAndLoaderAgree() throws IOException {
        List<Case> cases = corpus();
        assertTrue(cases.size() > 50, "the corpus was found: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome o = judge(c);
            if (c.name().startsWith("bad-input/")) {
                assertEquals(Verdict.INVALID, o.loader(), () -> "a bad-input case is refused by the loader\n" + o);
            }
            if (CANNOT_AGREE.containsKey(c.name())) {
                assertFalse(o.agree(), () -> "stale allow-list entry: schema and loader now agree\n" + o);
            } else {
                assertTrue(o.agree(), () -> "schema and loader disagree\n" + o);
            }
        }));
    }

    @Test
    void allowListHasNoStaleEntries() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Case c : corpus()) {
            names.add(c.name());
        }
        for (String k : CANNOT_AGREE.keySet()) {
            assertTrue(names.contains(k), "allow-list entry names no case of the corpus: " + k);
        }
        // and each entry still disagrees: asserted per case in schemaAndLoaderAgree
    }

    /** x- keys at every level and null for every optional field: the loader and the schema both accept. */
    @Test
    void xKeysAndNullsAreAcceptedEverywhere() throws Exception {
        String doc = """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                x-a: 1
                metadata:
                  x-a: 1
                  agency: {id: t.a, name: A, jurisdiction: t, level: null, type: null, parent: null, roles: null,
                           x-a: 1}
                  asOf: 2024-02-29
                spec:
                  x-a: 1
                  head: {name: null, position: null, designatedAccountable: null, x-a: [1]}
                  staffing: {dedicatedDxStaff: null, x-a: {b: c}}
                  informationSystems:
                    - {id: t.s, securityLevel: null, lastAssessment: null, x-a: 1}
                  onlineServices:
                    x-a: 1
                    summary: {total: null, dossiersTotal: 9000000000, x-a: 1}
                    items: [{code: "1.0", mode: offline, x-a: 1}]
                  documents: {digitallySignedPercent: 99.5, x-a: 1}
                  infrastructure: {portal: null, mobileCoveragePercent: 0, x-a: 1}
                  integration: {lgspConnected: false, x-a: 1}
                ---
                apiVersion: dxcheck/v1
                kind: Plan
                metadata: {id: t.p, jurisdiction: t, status: null, adoptedOn: null, x-a: 1}
                spec:
                  period: {from: 2021, to: null, x-a: 1}
                  budget: {amount: 0, currency: null, x-a: 1}
                  pillars: null
                  steeringCommittee: {head: null, members: [{name: M, x-a: 1}], x-a: 1}
                  targets: [{indicator: e-invoice-percent, year: 2025, value: 100, x-a: 1}]
                  tasks: [{id: T1, owner: null, deadline: null, pillar: null, x-a: 1}]
                ---
                apiVersion: dxcheck/v1
                kind: Waiver
                metadata: {id: W-1, grantedOn: null, x-a: 1}
                spec: {rule: STF-001, subject: "*", reason: null, expires: null, x-a: 1}
                ---
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: p, extends: null, x-a: 1}
                spec:
                  evaluationYear: null
                  thresholds: {a.b: 1, a.c: [x, 2], a.d: 2024-01-01, a.e: true, x-a: {b: null}}
                  x-a: 1
                """;
        Case c = new Case("inline", Map.of("inline.yaml", doc.getBytes(StandardCharsets.UTF_8)),
                () -> Loader.loadBytes(Map.of("inline.yaml", doc.getBytes(StandardCharsets.UTF_8))));
        Outcome o = judge(c);
        assertEquals(Verdict.VALID, o.loader(), o::toString);
        assertEquals(Verdict.VALID, o.schema(), o::toString);
    }

    /**
     * The kinds are registered once (Kinds) and the schema follows: its kind enum is the registry's, each kind is
     * routed to the metadata and spec definitions the registry names, and every fact a kind makes has its definition.
     */
    @Test
    void theSchemaHasEveryRegisteredKindAndItsDefinitions() throws IOException {
        JsonNode node = new ObjectMapper().readTree(SCHEMA.toFile());
        List<String> enumerated = new ArrayList<>();
        node.at("/properties/kind/enum").forEach(k -> enumerated.add(k.asText()));
        assertEquals(Kinds.names(), enumerated, "the schema's kinds, in the registry's order");
        Map<String, List<String>> routed = new java.util.LinkedHashMap<>();
        node.get("allOf").forEach(c -> routed.put(c.at("/if/properties/kind/const").asText(), List.of(
                c.at("/then/properties/metadata/$ref").asText(), c.at("/then/properties/spec/$ref").asText())));
        for (Kinds.Kind k : Kinds.ALL) {
            assertEquals(List.of("#/$defs/" + k.metadataDef(), "#/$defs/" + k.specDef()), routed.get(k.name()),
                    k.name());
            k.facts().stream().filter(f -> f.schemaDef() != null).forEach(f ->
                    assertTrue(node.get("$defs").has(f.schemaDef()), k.name() + ": $defs/" + f.schemaDef()));
        }
    }

    /** The schema file is itself a valid draft 2020-12 schema, and every property has hover help. */
    @Test
    void theSchemaIsValidAndEveryPropertyIsDescribed() throws IOException {
        JsonNode node = new ObjectMapper().readTree(SCHEMA.toFile());
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(node));
        List<String> undescribed = new ArrayList<>();
        describedProperties(node, "#", undescribed);
        assertEquals(List.of(), undescribed, "properties without a description");
    }

    private static void describedProperties(JsonNode n, String at, List<String> undescribed) {
        if (n.isObject()) {
            JsonNode props = n.get("properties");
            if (props != null && props.isObject()) {
                props.fields().forEachRemaining(e -> {
                    if (!e.getValue().has("description")) {
                        undescribed.add(at + "/properties/" + e.getKey());
                    }
                });
            }
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("allOf")) { // the routing on kind: the properties are described at their $defs
                    describedProperties(e.getValue(), at + "/" + e.getKey(), undescribed);
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                describedProperties(n.get(i), at + "/" + i, undescribed);
            }
        }
    }

    // ---------------------------------------------------------------- YAML to JSON, as the loader types scalars

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");

    /**
     * The documents of a file as JSON, composed with the loader's parser settings (strict UTF-8, alias and nesting
     * limits, duplicate keys allowed: the last one wins as in any JSON view). Scalars are typed as the loader reads
     * them: dates stay strings "YYYY-MM-DD"; only true/false are booleans (yes/on/True, which the loader refuses as
     * flags, stay strings); an integer is a decimal YAML int; a number is a finite YAML int or float.
     */
    static List<JsonNode> documents(byte[] bytes) throws CharacterCodingException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH);
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setAllowRecursiveKeys(false);
        DumperOptions dump = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
        List<JsonNode> out = new ArrayList<>();
        Iterator<Node> it = yaml.composeAll(new StringReader(text)).iterator();
        while (it.hasNext()) {
            Node n = it.next();
            if (n != null) {
                out.add(json(n));
            }
        }
        return out;
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static JsonNode json(Node n) {
        if (n instanceof MappingNode m) {
            ObjectNode o = F.objectNode();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new YAMLException("a key that is not a scalar has no JSON form");
                }
                o.set(k.getValue(), json(t.getValueNode()));
            }
            return o;
        }
        if (n instanceof SequenceNode s) {
            ArrayNode a = F.arrayNode();
            s.getValue().forEach(item -> a.add(json(item)));
            return a;
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        String v = s.getValue();
        if (tag.equals(Tag.NULL)) {
            return F.nullNode();
        }
        if (tag.equals(Tag.BOOL) && (v.equals("true") || v.equals("false"))) {
            return F.booleanNode(v.equals("true"));
        }
        if (tag.equals(Tag.INT) && INTEGER.matcher(v).matches()) {
            return F.numberNode(new BigInteger(v.replace("_", "").replace("+", "")));
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                double d = Double.parseDouble(v.replace("_", ""));
                if (Double.isFinite(d)) {
                    return F.numberNode(d);
                }
            } catch (NumberFormatException e) {
                // 0x1F, .inf, 1:30: not a number the loader accepts; a string for the schema
            }
        }
        return F.textNode(v);
    }

    @Test
    void datesStayStringsAndOnlyTrueFalseAreBooleans() throws Exception {
        JsonNode d = documents("a: 2023-07-15\nb: yes\nc: true\nd: 1_000\ne: 0x1F\nf: 2.5\ng: ~\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("{\"a\":\"2023-07-15\",\"b\":\"yes\",\"c\":true,\"d\":1000,\"e\":\"0x1F\",\"f\":2.5,\"g\":null}",
                d.toString());
    }

    @Test
    void aCaseThatFailsToLoadIsNeverValid() {
        // guards the judge itself: a refused input must not count as valid on either side by accident
        try {
            Outcome o = judge(new Case("x", Map.of("x.yaml", "kind: Plan\n".getBytes(StandardCharsets.UTF_8)),
                    () -> Loader.loadBytes(Map.of("x.yaml", "kind: Plan\n".getBytes(StandardCharsets.UTF_8)))));
            assertEquals(Verdict.INVALID, o.loader(), o::toString);
            assertEquals(Verdict.INVALID, o.schema(), o::toString);
        } catch (IOException e) {
            fail(e);
        }
    }
}
