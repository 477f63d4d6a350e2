package dxcheck.load.xlsx;

import dxcheck.load.ErrorList;
import dxcheck.load.Limits;
import dxcheck.model.Location;
import dxcheck.model.Vocabulary;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the rows of a dxcheck workbook ({@link Layout}) into the YAML node trees the YAML loader reads, so that a
 * workbook passes through the same readers, checks and messages as YAML. Every node is marked with its sheet (the
 * mark's name), row and column, so every error and finding points at its cell. A cell's value becomes what the same
 * text would be as a plain YAML scalar (a text cell "true" is a flag, "12" a number), a number cell a number, a
 * date cell a date; an empty cell of a row is a null value placed at that cell (a finding about a field left empty
 * points at it), and a section whose cells are all empty is left out, as an unreported section in YAML.
 */
public final class SheetDocuments {
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n]");

    private final String file;
    private final ErrorList errors;

    /** One row of a document sheet: its tree and its id, or of an item sheet: the entry and its owner's id. */
    record Row(Layout.Sheet sheet, String sheetName, int number, Map<String, Node> leaves, Mark first,
                       String id, Location idAt) {
    }

    private SheetDocuments(String file, ErrorList errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The documents of a workbook: agencies, then plans, then waivers, each in row order. */
    public static List<Node> read(String file, byte[] bytes, ErrorList errors) {
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, Limits.MAX_WORKBOOK_UNPACKED);
        } catch (ZipParts.TooLarge e) {
            errors.add(new Location(file, 1, 1), "", Msg.XLSX_TOO_LARGE_UNPACKED, Limits.MAX_WORKBOOK_UNPACKED);
            return List.of();
        } catch (ZipParts.Broken e) {
            errors.add(new Location(file, 1, 1), "", Msg.XLSX_NOT_A_WORKBOOK, e.getMessage());
            return List.of();
        }
        return new SheetDocuments(file, errors).documents(sheets);
    }

    private List<Node> documents(List<WorkbookReader.Sheet> sheets) {
        Map<Layout.Sheet, List<Row>> rows = new LinkedHashMap<>();
        Map<Layout.Sheet, String> seen = new HashMap<>();
        for (WorkbookReader.Sheet s : sheets) {
            String name = java.text.Normalizer.normalize(s.name(), java.text.Normalizer.Form.NFC);
            if (name.equals(Layout.LISTS_SHEET) || name.toLowerCase(java.util.Locale.ROOT).startsWith("x-")) {
                continue;
            }
            Layout.Sheet layout = Layout.byName(name);
            Location at = new Location(file, 1, 1, s.name());
            if (layout == null) {
                errors.add(at, "", Msg.XLSX_UNKNOWN_SHEET, s.name(), sheetNames());
            } else if (seen.containsKey(layout)) {
                errors.add(at, "", Msg.XLSX_DUPLICATE_SHEET, s.name(), seen.get(layout));
            } else {
                seen.put(layout, s.name());
                rows.put(layout, new SheetRows(file, s, layout, errors).rows());
            }
        }
        if (seen.isEmpty()) {
            errors.add(new Location(file, 1, 1), "", Msg.XLSX_NO_SHEETS, sheetNames());
            return List.of();
        }
        return assemble(rows);
    }

    private static String sheetNames() {
        return String.join(", ", Layout.SHEETS.stream().map(Layout.Sheet::name).toList());
    }

    /** Joins each item row to its document and builds the document trees. */
    private List<Node> assemble(Map<Layout.Sheet, List<Row>> rows) {
        Map<Layout.Sheet, Map<String, Row>> documents = new HashMap<>();
        for (Layout.Sheet s : List.of(Layout.AGENCIES, Layout.PLANS, Layout.WAIVERS)) {
            Map<String, Row> byId = new LinkedHashMap<>();
            for (Row r : rows.getOrDefault(s, List.of())) {
                byId.putIfAbsent(r.id() == null ? "\0" + r.number() : r.id(), r); // duplicate ids: the loader says so
            }
            documents.put(s, byId);
        }
        Map<Row, Map<String, List<Node>>> lists = new HashMap<>();
        for (Map.Entry<Layout.Sheet, List<Row>> e : rows.entrySet()) {
            if (!e.getKey().isItems()) {
                continue;
            }
            Layout.Sheet ownerSheet = Layout.byId(e.getKey().owner());
            for (Row item : e.getValue()) {
                Row owner = item.id() == null ? null : documents.get(ownerSheet).get(item.id());
                if (item.id() == null) {
                    errors.add(item.idAt(), e.getKey().idKey(), Msg.MISSING_FIELD, e.getKey().idKey());
                } else if (owner == null) {
                    errors.add(item.idAt(), e.getKey().idKey(), Msg.XLSX_UNKNOWN_OWNER, ownerSheet.name(), item.id());
                } else {
                    lists.computeIfAbsent(owner, k -> new TreeMap<>()).computeIfAbsent(e.getKey().listPath(),
                            k -> new ArrayList<>()).add(mapping(item.leaves(), item.first()));
                }
            }
        }
        List<Node> out = new ArrayList<>();
        for (Layout.Sheet s : List.of(Layout.AGENCIES, Layout.PLANS, Layout.WAIVERS)) {
            for (Row r : rows.getOrDefault(s, List.of())) {
                out.add(document(r, lists.getOrDefault(r, Map.of())));
            }
        }
        return out;
    }

    /** The document of a row: apiVersion, kind, and its fields and lists nested by their paths. */
    private static Node document(Row row, Map<String, List<Node>> lists) {
        Branch root = new Branch(row.first());
        root.put("apiVersion", scalar(Tag.STR, Vocabulary.API_VERSION, row.first()), row.first());
        root.put("kind", scalar(Tag.STR, row.sheet().kind(), row.first()), row.first());
        root.branch("metadata", row.first());
        root.branch("spec", row.first());
        if (row.sheet() == Layout.AGENCIES) {
            root.branch("metadata", row.first()).branch("agency", row.first());
        }
        Map<String, Boolean> filled = filledBranches(row.leaves());
        row.leaves().forEach((path, node) -> {
            String parent = path.substring(0, path.lastIndexOf('.'));
            if (filled.getOrDefault(parent, false) || root.has(parent)) {
                root.at(parent, node.getStartMark()).put(path.substring(parent.length() + 1), node, node.getStartMark());
            }
        });
        lists.forEach((path, items) -> {
            String parent = path.substring(0, path.lastIndexOf('.'));
            Mark m = items.get(0).getStartMark();
            root.at(parent, m).put(path.substring(parent.length() + 1), new SequenceNode(Tag.SEQ, true, items, m, m,
                    DumperOptions.FlowStyle.BLOCK), m);
        });
        return root.node();
    }

    /** The parent paths that hold at least one non-null value, with all their ancestors. */
    private static Map<String, Boolean> filledBranches(Map<String, Node> leaves) {
        Map<String, Boolean> filled = new HashMap<>();
        leaves.forEach((path, node) -> {
            if (!isNull(node)) {
                for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
                    filled.put(path.substring(0, dot), true);
                }
            }
        });
        return filled;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** A mapping under construction; keys in the order first put. */
    private static final class Branch {
        private final Mark mark;
        private final Map<String, Object[]> children = new LinkedHashMap<>(); // key → {Mark of key, Node or Branch}

        Branch(Mark mark) {
            this.mark = mark;
        }

        boolean has(String path) {
            Branch b = this;
            for (String k : path.split("\\.")) {
                Object[] c = b.children.get(k);
                if (c == null || !(c[1] instanceof Branch next)) {
                    return false;
                }
                b = next;
            }
            return true;
        }

        Branch at(String path, Mark m) {
            Branch b = this;
            for (String k : path.split("\\.")) {
                b = b.branch(k, m);
            }
            return b;
        }

        Branch branch(String key, Mark m) {
            Object[] c = children.computeIfAbsent(key, k -> new Object[] {m, new Branch(m)});
            return (Branch) c[1];
        }

        void put(String key, Node value, Mark m) {
            children.put(key, new Object[] {m, value});
        }

        MappingNode node() {
            List<NodeTuple> tuples = new ArrayList<>();
            children.forEach((k, c) -> {
                Mark m = (Mark) c[0];
                Node v = c[1] instanceof Branch b ? b.node() : (Node) c[1];
                tuples.add(new NodeTuple(scalar(Tag.STR, k, m), v));
            });
            return new MappingNode(Tag.MAP, true, tuples, mark, mark, DumperOptions.FlowStyle.BLOCK);
        }
    }

    private static MappingNode mapping(Map<String, Node> leaves, Mark at) {
        List<NodeTuple> tuples = new ArrayList<>();
        leaves.forEach((k, v) -> tuples.add(new NodeTuple(scalar(Tag.STR, k, v.getStartMark()), v)));
        return new MappingNode(Tag.MAP, true, tuples, at, at, DumperOptions.FlowStyle.BLOCK);
    }

    static ScalarNode scalar(Tag tag, String value, Mark at) {
        return new ScalarNode(tag, true, value, at, at, DumperOptions.ScalarStyle.PLAIN);
    }

    static Mark mark(String sheet, int row, int column) {
        return new Mark(sheet, 0, row - 1, column - 1, new int[0], 0);
    }

    /** The node a cell's value stands for: as a plain YAML scalar would be, a list for a list column. */
    static Node value(Cell cell, Layout.Column column, Mark at) {
        if (column.isList() && cell.kind() == Cell.Kind.TEXT) {
            List<Node> items = new ArrayList<>();
            for (String part : LIST_SEPARATOR.split(cell.value())) {
                if (!part.isBlank()) {
                    items.add(plain(part.strip(), at));
                }
            }
            return new SequenceNode(Tag.SEQ, true, items, at, at, DumperOptions.FlowStyle.FLOW);
        }
        Node scalar = switch (cell.kind()) {
            case TEXT -> plain(cell.value(), at);
            case NUMBER -> scalar(cell.value().contains(".") ? Tag.FLOAT : Tag.INT, cell.value(), at);
            case BOOLEAN -> scalar(Tag.BOOL, cell.value(), at);
            case DATE -> scalar(ISO_DATE.matcher(cell.value()).matches() ? Tag.TIMESTAMP : Tag.STR, cell.value(), at);
            case ERROR, NO_VALUE -> throw new IllegalArgumentException(cell.kind().name());
        };
        return column.isList() ? new SequenceNode(Tag.SEQ, true, List.of(scalar), at, at,
                DumperOptions.FlowStyle.FLOW) : scalar;
    }

    private static ScalarNode plain(String text, Mark at) {
        return scalar(RESOLVER.resolve(NodeId.scalar, text, true), text, at);
    }
}
