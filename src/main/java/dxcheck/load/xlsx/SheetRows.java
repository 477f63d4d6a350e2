package dxcheck.load.xlsx;

import dxcheck.load.ErrorList;
import dxcheck.model.Location;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of a workbook read against its {@link Layout.Sheet}: the key row mapped to columns (unknown, duplicate
 * and missing keys are errors at their cells), then one row of values per data row that has any.
 */
final class SheetRows {
    private final String file;
    private final WorkbookReader.Sheet sheet;
    private final Layout.Sheet layout;
    private final ErrorList errors;
    /** Column number → the layout column its key names. */
    private final Map<Integer, Layout.Column> columns = new TreeMap<>();
    /** Column numbers whose key starts with x-: the user's own, never read. */
    private final java.util.Set<Integer> own = new java.util.HashSet<>();

    SheetRows(String file, WorkbookReader.Sheet sheet, Layout.Sheet layout, ErrorList errors) {
        this.file = file;
        this.sheet = sheet;
        this.layout = layout;
        this.errors = errors;
    }

    private Location at(int row, int column) {
        return new Location(file, row, column, sheet.name());
    }

    /** The data rows with at least one value; none when the key row is wrong (their errors would only be noise). */
    List<SheetDocuments.Row> rows() {
        Map<Integer, List<Cell>> byRow = new TreeMap<>();
        for (Cell c : sheet.cells()) {
            byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
        }
        if (!keys(byRow.getOrDefault(Layout.KEY_ROW, List.of()))) {
            return List.of();
        }
        List<SheetDocuments.Row> out = new ArrayList<>();
        java.util.Set<Integer> unkeyed = new java.util.HashSet<>();
        byRow.forEach((number, cells) -> {
            if (number >= Layout.FIRST_DATA_ROW) {
                SheetDocuments.Row r = row(number, cells, unkeyed);
                if (r != null) {
                    out.add(r);
                }
            }
        });
        return out;
    }

    /** Reads the key row; false when it cannot be used. */
    private boolean keys(List<Cell> keyRow) {
        int bad = 0;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Cell c : keyRow) {
            String key = c.kind() == Cell.Kind.TEXT ? c.value().strip() : c.value();
            if (key.toLowerCase(java.util.Locale.ROOT).startsWith("x-")) {
                own.add(c.column());
                continue;
            }
            Layout.Column column = c.kind() == Cell.Kind.TEXT ? layout.column(key) : null;
            Integer first = seen.putIfAbsent(key, c.column());
            if (column == null) {
                errors.add(at(c.row(), c.column()), "", Msg.XLSX_UNKNOWN_COLUMN, key, allowed());
                bad++;
            } else if (first != null) {
                errors.add(at(c.row(), c.column()), "", Msg.XLSX_DUPLICATE_COLUMN, key,
                        Location.columnName(first) + Layout.KEY_ROW);
                bad++;
            } else {
                columns.put(c.column(), column);
            }
        }
        if (keyRow.isEmpty()) {
            errors.add(at(Layout.KEY_ROW, 1), "", Msg.XLSX_NO_KEY_ROW, sheet.name(), layout.idKey());
            return false;
        }
        if (!seen.containsKey(layout.idKey())) {
            errors.add(at(Layout.KEY_ROW, 1), "", Msg.XLSX_MISSING_COLUMN, layout.idKey());
            bad++;
        }
        return bad == 0;
    }

    private String allowed() {
        return String.join(", ", layout.columns().stream().map(Layout.Column::key).toList());
    }

    /** One data row, or null when it has no value in a keyed column. */
    private SheetDocuments.Row row(int number, List<Cell> cells, java.util.Set<Integer> unkeyed) {
        Map<Integer, Cell> byColumn = new TreeMap<>();
        for (Cell c : cells) {
            if (columns.containsKey(c.column())) {
                byColumn.put(c.column(), c);
            } else if (!own.contains(c.column()) && unkeyed.add(c.column())) {
                errors.add(at(number, c.column()), "", Msg.XLSX_COLUMN_WITHOUT_KEY,
                        Location.columnName(c.column()) + Layout.KEY_ROW);
            }
        }
        if (byColumn.isEmpty()) {
            return null; // an empty row, or one with only the user's own columns
        }
        int firstColumn = columns.keySet().iterator().next();
        Mark first = SheetDocuments.mark(sheet.name(), number, firstColumn);
        Map<String, Node> leaves = new LinkedHashMap<>();
        String id = null;
        Location idAt = at(number, firstColumn);
        for (Layout.Column column : layout.columns()) {
            Integer col = columnOf(column);
            if (col == null) {
                continue;
            }
            Mark m = SheetDocuments.mark(sheet.name(), number, col);
            Cell cell = byColumn.get(col);
            Node value = cell == null ? null : cellValue(cell, column, m);
            if (column.key().equals(layout.idKey())) {
                idAt = at(number, col);
                id = value instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) ? s.getValue() : null;
                if (layout.isItems()) {
                    continue; // the owner's id joins the row to its document; it is not a key of the entry
                }
            }
            leaves.put(column.key(), value == null ? SheetDocuments.scalar(Tag.NULL, "", m) : value);
        }
        return new SheetDocuments.Row(layout, sheet.name(), number, leaves, first, id, idAt);
    }

    private Integer columnOf(Layout.Column column) {
        for (Map.Entry<Integer, Layout.Column> e : columns.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The node of a cell, or null (after an error at it) for an Excel error or a formula never computed. */
    private Node cellValue(Cell cell, Layout.Column column, Mark m) {
        if (cell.kind() == Cell.Kind.ERROR) {
            errors.add(at(cell.row(), cell.column()), column.key(), Msg.XLSX_CELL_ERROR, cell.value());
            return null;
        }
        if (cell.kind() == Cell.Kind.NO_VALUE) {
            errors.add(at(cell.row(), cell.column()), column.key(), Msg.XLSX_FORMULA_NO_VALUE);
            return null;
        }
        return SheetDocuments.value(cell, column, m);
    }
}
