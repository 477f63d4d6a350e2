package dxcheck.xlsx;

import dxcheck.load.xlsx.Layout;
import dxcheck.model.Location;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dxcheck workbook ({@link Layout}): per sheet the Vietnamese labels (with the English label and what the
 * column takes in the cell's note), the key row, frozen header rows and first column, a number format per column,
 * a drop-down list for every closed vocabulary and for true/false (lists kept on the hidden sheet
 * {@value Layout#LISTS_SHEET}); then the rows given, if any. Same rows, same bytes.
 */
public final class WorkbookWriter {
    /** The fixed creation date of templates and exports (a workbook made from the same documents is the same file). */
    static final LocalDate STAMP = LocalDate.of(2000, 1, 1);
    private static final int MAX_ROW = Worksheet.MAX_ROWS - 1;
    private static final String HEADER_FILL = "DDEBF7";
    private static final String KEY_FILL = "F2F2F2";

    private WorkbookWriter() {
    }

    /** A workbook of the sheets given, each filled with its rows (path or key → value), possibly none. */
    static byte[] write(List<Layout.Sheet> sheets, Map<Layout.Sheet, List<Map<String, Object>>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "dxcheck", null)) {
            List<Worksheet> data = new ArrayList<>();
            for (Layout.Sheet s : sheets) {
                data.add(wb.newWorksheet(s.name()));
            }
            Worksheet lists = wb.newWorksheet(Layout.LISTS_SHEET);
            Map<List<String>, String> listRanges = lists(lists, sheets);
            for (int i = 0; i < sheets.size(); i++) {
                sheet(data.get(i), sheets.get(i), rows.getOrDefault(sheets.get(i), List.of()), lists, listRanges);
            }
            lists.setVisibilityState(VisibilityState.HIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ZipStamp.fix(out.toByteArray(), STAMP);
    }

    /** Every vocabulary the sheets use, one column each, with true/false first; the range of each. */
    private static Map<List<String>, String> lists(Worksheet ws, List<Layout.Sheet> sheets) {
        Map<List<String>, String> ranges = new LinkedHashMap<>();
        List<List<String>> vocabularies = new ArrayList<>();
        vocabularies.add(List.of("true", "false"));
        for (Layout.Sheet s : sheets) {
            for (Layout.Column c : s.columns()) {
                if (!c.choices().isEmpty() && !vocabularies.contains(c.choices())) {
                    vocabularies.add(c.choices());
                }
            }
        }
        for (int col = 0; col < vocabularies.size(); col++) {
            List<String> v = vocabularies.get(col);
            for (int r = 0; r < v.size(); r++) {
                if (col == 0) {
                    ws.value(r, col, Boolean.valueOf(v.get(r)));
                } else {
                    ws.value(r, col, v.get(r));
                }
            }
            ws.width(col, 40);
            ranges.put(v, Location.columnName(col + 1));
        }
        return ranges;
    }

    private static void sheet(Worksheet ws, Layout.Sheet s, List<Map<String, Object>> rows, Worksheet lists,
                              Map<List<String>, String> listRanges) {
        List<Layout.Column> columns = s.columns();
        for (int c = 0; c < columns.size(); c++) {
            Layout.Column col = columns.get(c);
            ws.value(0, c, col.vi());
            ws.comment(0, c, col.en() + " — " + Cells.hint(col));
            ws.value(1, c, col.key());
            ws.width(c, Cells.width(col));
            Cells.columnFormat(ws, c, col);
            validation(ws, c, col, lists, listRanges);
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
                .verticalAlignment("top").set();
        ws.range(1, 0, 1, columns.size() - 1).style().fontColor("595959").fillColor(KEY_FILL).italic().set();
        ws.rowHeight(0, 48);
        ws.freezePane(1, Layout.FIRST_DATA_ROW - 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Cells.write(ws, Layout.FIRST_DATA_ROW - 1 + r, c, columns.get(c), rows.get(r).get(columns.get(c).key()));
            }
        }
    }

    private static void validation(Worksheet ws, int c, Layout.Column col, Worksheet lists,
                                   Map<List<String>, String> listRanges) {
        List<String> values = col.type() == Layout.Type.FLAG ? List.of("true", "false") : col.choices();
        if (values.isEmpty()) {
            return;
        }
        int listColumn = new ArrayList<>(listRanges.keySet()).indexOf(values);
        // a list column (pillars) takes several values, comma-separated: there the list only proposes
        boolean single = !col.isList();
        ws.range(Layout.FIRST_DATA_ROW - 1, c, MAX_ROW, c)
                .validateWithList(lists.range(0, listColumn, values.size() - 1, listColumn))
                .allowBlank(true).showDropdown(true)
                .errorStyle(single ? DataValidationErrorStyle.STOP : DataValidationErrorStyle.INFORMATION)
                .showErrorMessage(single).errorTitle("dxcheck")
                .error("Chọn một giá trị trong danh sách / Choose a value from the list");
    }
}
