package dxcheck.model;

/**
 * A place in an input file: 1-based line and column. In a workbook, sheet names the worksheet, line is the row and
 * column the column's number (A = 1); sheet is null for YAML.
 */
public record Location(String file, int line, int column, String sheet) implements java.io.Serializable {

    public Location(String file, int line, int column) {
        this(file, line, column, null);
    }

    /** The same file (and sheet) at another line and column. */
    public Location at(int line, int column) {
        return new Location(file, line, column, sheet);
    }

    /** The cell in A1 style (C7), or null outside a workbook. */
    public String cell() {
        return sheet == null ? null : columnName(column) + line;
    }

    /** A, B, …, Z, AA, … for 1, 2, …, 26, 27, … */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return sheet == null ? file + ":" + line + ":" + column : file + ":" + sheet + "!" + cell();
    }
}
