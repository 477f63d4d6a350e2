package dxcheck.xlsx;

import dxcheck.load.xlsx.Layout;
import org.dhatim.fastexcel.Worksheet;

import java.time.LocalDate;
import java.util.List;

/** How a column of the layout is shown and written: its width, number format, note and cell values. */
final class Cells {
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private Cells() {
    }

    static double width(Layout.Column c) {
        return switch (c.type()) {
            case TEXT -> 36;
            case ID, IDS, CHOICES -> 24;
            case CHOICE -> c.choices().stream().mapToInt(String::length).max().orElse(10) + 4;
            default -> 14;
        };
    }

    /** The number format of a column: text for ids and texts (a code like 1.001234 stays as typed), … */
    static String format(Layout.Column c) {
        return switch (c.type()) {
            case TEXT, ID, IDS, CHOICE, CHOICES -> "@";
            case COUNT, LEVEL, YEAR -> "0";
            case MONEY -> "#,##0";
            case DATE -> DATE_FORMAT;
            case PERCENT, FLAG -> "General";
        };
    }

    static void columnFormat(Worksheet ws, int c, Layout.Column col) {
        ws.style(c).format(format(col)).set();
    }

    /** What the column takes, said in the header cell's note (in English; the label says it in Vietnamese). */
    static String hint(Layout.Column c) {
        return switch (c.type()) {
            case TEXT -> "text";
            case ID -> "an id: letters, digits, . - _";
            case IDS -> "ids, comma-separated";
            case CHOICE -> "one of: " + String.join(", ", c.choices());
            case CHOICES -> "comma-separated, each one of: " + String.join(", ", c.choices());
            case COUNT -> "a whole number ≥ 0";
            case LEVEL -> "1 to 5, empty when never classified";
            case YEAR -> "a year";
            case PERCENT -> "a number from 0 to 100 (80.5, not 80.5%)";
            case MONEY -> "a whole amount in VND";
            case FLAG -> "true or false";
            case DATE -> "a date (YYYY-MM-DD)";
        } + " [" + c.key() + "]";
    }

    /** Writes a value of a document tree: text, number, flag, date, or a list of texts (comma-separated). */
    static void write(Worksheet ws, int r, int c, Layout.Column col, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            ws.value(r, c, String.join(", ", list.stream().map(String::valueOf).toList()));
        } else if (value instanceof String s) {
            ws.value(r, c, s);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
        String format = format(col);
        if (!format.equals("General")) {
            ws.style(r, c).format(format).set(); // a written cell does not take its column's format
        }
    }
}
