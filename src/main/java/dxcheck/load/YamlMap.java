package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.model.Source;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A strict view of one YAML mapping. Each getter names the key it reads; a wrong type, a value out of range or a
 * missing required key is recorded as an error at the exact place and the getter returns null. {@link #done()}
 * reports keys nobody asked for (except {@code x-} keys). Every key read is recorded with its location so that
 * findings can point at a field, or at its parent when it is missing.
 */
final class YamlMap {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

    final YamlText text;
    private final Location at;
    /** The mapping's path in its document, for errors: made when first needed (a list item's from its list's). */
    private String path;
    private final int indexInList;
    private boolean listItemPathMade;
    private final String factPath;
    private final FieldPositions fields;
    private final YamlKeys entries;

    private YamlMap(YamlText text, MappingNode node, Location at, String path, String factPath,
                    FieldPositions fields) {
        this(text, node, at, path, -1, factPath, fields);
    }

    /** indexInList: the mapping is item indexInList of the list at path (its own path made only for an error). */
    private YamlMap(YamlText text, MappingNode node, Location at, String path, int indexInList, String factPath,
                    FieldPositions fields) {
        this.text = text;
        this.at = at;
        this.path = path;
        this.indexInList = indexInList;
        this.factPath = factPath;
        this.fields = fields;
        List<NodeTuple> all = node.getValue();
        entries = new YamlKeys(all.size());
        for (NodeTuple t : all) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                text.error(t.getKeyNode(), path(), Msg.EXPECTED_TEXT, YamlText.describe(t.getKeyNode()));
                continue;
            }
            String key = k.getValue();
            NodeTuple first = entries.add(key, t);
            if (first != null) {
                text.error(k, join(path(), key), Msg.DUPLICATE_KEY, key,
                        first.getKeyNode().getStartMark().getLine() + 1);
                continue;
            }
            fields.add(join(factPath, key), k, text);
        }
    }

    private NodeTuple tuple(String key) {
        return entries.get(key);
    }

    /** The top of a fact: its own fields, paths relative to it. */
    static YamlMap root(YamlText text, MappingNode node, Location at, String path) {
        return new YamlMap(text, node, at, path, "", new FieldPositions());
    }

    Source source() {
        return fields.source(at, text);
    }

    Location location() {
        return at;
    }

    Location locationOf(String key) {
        NodeTuple t = tuple(key);
        return t == null ? at : text.location(t.getKeyNode());
    }

    /** Where the value of a key is written (for errors about the value), or the key's parent when absent. */
    Location valueLocation(String key) {
        NodeTuple t = tuple(key);
        return t == null ? at : text.location(t.getValueNode());
    }

    String pathOf(String key) {
        return join(path(), key);
    }

    private String path() {
        if (indexInList >= 0 && !listItemPathMade) {
            path = path + "[" + indexInList + "]";
            listItemPathMade = true;
        }
        return path;
    }

    boolean has(String key) {
        return value(key) != null;
    }

    /** The value node of a key, or null when absent or written as null. */
    private Node value(String key) {
        entries.ask(key);
        NodeTuple t = tuple(key);
        if (t == null) {
            return null;
        }
        Node v = t.getValueNode();
        return v instanceof ScalarNode s && s.getTag().equals(Tag.NULL) ? null : v;
    }

    private Node required(String key, boolean required) {
        Node v = value(key);
        if (v == null && required) {
            text.error(at, path(), Msg.MISSING_FIELD, key);
        }
        return v;
    }

    private ScalarNode scalar(String key, boolean required) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && (YamlText.plainTag(s) || text.checkTag(s, pathOf(key)))) {
            return s;
        }
        if (!(v instanceof ScalarNode)) {
            text.error(v, pathOf(key), Msg.EXPECTED_SCALAR, YamlText.describe(v));
        }
        return null;
    }

    String text(String key, boolean required) {
        ScalarNode s = scalar(key, required);
        return s == null ? null : s.getValue();
    }

    String id(String key, boolean required) {
        ScalarNode s = scalar(key, required);
        return s == null ? null : YamlScalars.isId(s.getValue()) ? s.getValue() : checkId(s, pathOf(key));
    }

    private String checkId(ScalarNode s, String where) {
        if (ID.matcher(s.getValue()).matches()) {
            return s.getValue();
        }
        text.error(s, where, Msg.BAD_ID, s.getValue());
        return null;
    }

    String oneOf(String key, boolean required, Collection<String> allowed) {
        ScalarNode s = scalar(key, required);
        if (s == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(s.getValue())) {
                return a;
            }
        }
        return checkOneOf(s, pathOf(key), allowed);
    }

    private String checkOneOf(ScalarNode s, String where, Collection<String> allowed) {
        for (String a : allowed) {
            if (a.equals(s.getValue())) {
                return a; // the vocabulary's own instance: a million items share one "full-process"
            }
        }
        text.error(s, where, Msg.NOT_ONE_OF, s.getValue(), new InputError.Whole(String.join(", ", allowed)));
        return null;
    }

    Long integer(String key, boolean required, long min, long max) {
        ScalarNode s = scalar(key, required);
        if (s == null) {
            return null;
        }
        long v = YamlScalars.plainDigits(s);
        return v != YamlScalars.NOT_PLAIN && v >= min && v <= max ? Long.valueOf(v)
                : YamlScalars.integer(text, s, pathOf(key), min, max);
    }

    Integer count(String key) {
        Long v = integer(key, false, 0, Integer.MAX_VALUE);
        return v == null ? null : v.intValue();
    }

    Long bigCount(String key) {
        return integer(key, false, 0, Long.MAX_VALUE);
    }

    Double percent(String key) {
        return percent(key, false);
    }

    Double percent(String key, boolean required) {
        ScalarNode s = scalar(key, required);
        Double v = s == null ? null : YamlText.number(s);
        if (s != null && v == null) {
            text.error(s, pathOf(key), Msg.EXPECTED_NUMBER, YamlText.describe(s));
        } else if (v != null && (v < 0 || v > 100)) {
            text.error(s, pathOf(key), Msg.PERCENT_RANGE, s.getValue());
            return null;
        }
        return v;
    }

    Boolean flag(String key) {
        ScalarNode s = scalar(key, false);
        if (s == null) {
            return null;
        }
        Boolean b = YamlScalars.plainFlag(s);
        return b != null ? b : YamlScalars.flag(text, s, pathOf(key));
    }

    LocalDate date(String key, boolean required) {
        ScalarNode s = scalar(key, required);
        return s == null ? null : YamlText.date(s, text, pathOf(key));
    }

    YamlMap map(String key, boolean required) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof MappingNode m) {
            return new YamlMap(text, m, locationOf(key), pathOf(key), join(factPath, key), fields);
        }
        text.error(v, pathOf(key), Msg.EXPECTED_MAPPING, YamlText.describe(v));
        return null;
    }

    /** The mappings of a list; each entry is the root of a fact of its own, located at its own line. */
    List<YamlMap> entries(String key) {
        List<Node> items = sequence(key);
        List<YamlMap> out = new ArrayList<>(items.size());
        String list = items.isEmpty() ? null : pathOf(key);
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            if (n instanceof MappingNode m) {
                out.add(new YamlMap(text, m, text.location(m), list, i, "", new FieldPositions()));
            } else {
                text.error(n, list + "[" + i + "]", Msg.EXPECTED_MAPPING, YamlText.describe(n));
            }
        }
        return out;
    }

    /** A list of mappings that stay part of this fact (e.g. steering committee members). */
    List<YamlMap> nested(String key) {
        List<YamlMap> out = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            String where = pathOf(key) + "[" + i + "]";
            if (items.get(i) instanceof MappingNode m) {
                out.add(new YamlMap(text, m, text.location(m), where, join(factPath, key + "[" + i + "]"), fields));
            } else {
                text.error(items.get(i), where, Msg.EXPECTED_MAPPING, YamlText.describe(items.get(i)));
            }
        }
        return out;
    }

    List<String> ids(String key) {
        return scalars(key, (s, where) -> checkId(s, where));
    }

    List<String> oneOfEach(String key, Collection<String> allowed) {
        return scalars(key, (s, where) -> checkOneOf(s, where, allowed));
    }

    private List<String> scalars(String key, java.util.function.BiFunction<ScalarNode, String, String> check) {
        List<String> out = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            String where = pathOf(key) + "[" + i + "]";
            if (YamlScalars.isNull(items.get(i))) {
                text.error(items.get(i), where, Msg.EXPECTED_TEXT, "null"); // not the id or text "null"
            } else if (items.get(i) instanceof ScalarNode s && text.checkTag(s, where)) {
                String v = check.apply(s, where);
                if (v != null) {
                    out.add(v);
                }
            } else if (!(items.get(i) instanceof ScalarNode)) {
                text.error(items.get(i), where, Msg.EXPECTED_TEXT, YamlText.describe(items.get(i)));
            }
        }
        return out;
    }

    private List<Node> sequence(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof SequenceNode s) {
            return s.getValue();
        }
        text.error(v, pathOf(key), Msg.EXPECTED_LIST, YamlText.describe(v));
        return List.of();
    }

    /**
     * Every entry, for mappings whose keys are data (policy thresholds): a number (Long or Double), a flag, a date,
     * a text or a list of texts. Marks every key as known; x- keys are skipped.
     */
    Map<String, Object> plainValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String k = entries.key(i);
            if (k.startsWith("x-")) {
                continue; // the user's own key, ignored here as everywhere
            }
            Node v = value(k);
            Object converted = v == null ? null : YamlScalars.plain(text, v, pathOf(k));
            if (converted != null) {
                out.put(k, converted);
            } else if (v == null) {
                text.error(locationOf(k), pathOf(k), Msg.EXPECTED_SCALAR, "null");
            }
        }
        return out;
    }

    /** The keys of a mapping whose keys are data (ids of legal sources, labels), other than x- keys, in order. */
    List<String> keys() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String k = entries.key(i);
            if (!k.startsWith("x-")) {
                entries.ask(k);
                out.add(k);
            }
        }
        return out;
    }

    /** Each key whose value is a mapping (ids of families, sources, provinces: keys that are data), in order. */
    void eachMapping(java.util.function.BiConsumer<String, YamlMap> read) {
        for (String k : keys()) {
            YamlMap m = map(k, true);
            if (m != null) {
                read.accept(k, m);
            }
        }
    }

    /** Whether the value of a key is written as a mapping (a declared policy key) rather than a plain value. */
    boolean isMapping(String key) {
        NodeTuple t = tuple(key);
        return t != null && t.getValueNode() instanceof MappingNode;
    }

    /** One plain value (a number, flag, date, text or list of texts), as {@link #plainValues()} reads them. */
    Object plainValue(String key) {
        Node v = value(key);
        if (v == null) {
            text.error(locationOf(key), pathOf(key), Msg.EXPECTED_SCALAR, "null");
            return null;
        }
        return YamlScalars.plain(text, v, pathOf(key));
    }

    /** Reports every key that no getter asked for, other than x- keys. */
    void done() {
        for (int i = 0; i < entries.size(); i++) {
            String k = entries.key(i);
            if (!entries.asked(k) && !k.startsWith("x-")) {
                // the allowed names are the schema's own: shown whole however many (a list cut at 120 characters hid them)
                text.error(entries.tuple(i).getKeyNode(), join(path(), k), Msg.UNKNOWN_KEY, k,
                        new InputError.Whole(String.join(", ", entries.askedInOrder())));
            }
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }
}
