package dxcheck.load.xlsx;

import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.text.Lang;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and wrong workbooks: each an error at its cell (or at the file), never a stack trace or a silent skip. */
class BadWorkbookTest {
    @TempDir
    Path tmp;

    private static final List<String> AGENCY_KEYS = List.of("metadata.agency.id", "metadata.agency.name",
            "metadata.agency.jurisdiction", "metadata.asOf", "spec.staffing.dedicatedDxStaff", "metadata.agency.level");

    /** A workbook of sheets, each given as its rows (row 1 labels, row 2 keys, then data). */
    static byte[] workbook(Map<String, List<List<Object>>> sheets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", null)) {
            sheets.forEach((name, rows) -> {
                Worksheet ws = wb.newWorksheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof String s) {
                            ws.value(r, c, s);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (v instanceof java.time.LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("yyyy-mm-dd").set();
                        }
                    }
                }
            });
        }
        return out.toByteArray();
    }

    private static List<List<Object>> agencies(List<String> keys, List<Object>... data) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(keys.stream().map(k -> (Object) ("nhãn " + k)).toList());
        rows.add(List.copyOf(keys));
        rows.addAll(List.of(data));
        return rows;
    }

    private List<String> errors(byte[] xlsx) throws Exception {
        Path f = tmp.resolve("book.xlsx");
        Files.write(f, xlsx);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Loader.load(List.of(f.toString()), InputStream.nullInputStream()));
        return e.errors().stream().map(x -> x.render(Lang.EN).replace(f.toString(), "book.xlsx")).toList();
    }

    private static void contains(List<String> errors, String expected) {
        assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), () -> expected + " not in " + errors);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    @Test
    void aGoodRowLoadsAndAnEmptyRowIsSkipped() throws Exception {
        byte[] xlsx = workbook(Map.of("Cơ quan", agencies(AGENCY_KEYS,
                row("hg.ubnd", "UBND", "hg", java.time.LocalDate.of(2023, 6, 30), 3, "province"),
                row(), row("", "", ""))));
        Path f = tmp.resolve("ok.xlsx");
        Files.write(f, xlsx);
        var in = Loader.load(List.of(f.toString()), InputStream.nullInputStream());
        assertEquals(1, in.agencies.size());
        assertEquals(3, in.agencies.get(0).staffing().dedicatedDxStaff());
        assertEquals("2023-06-30", in.agencies.get(0).asOf().toString());
        assertEquals(f + ":Cơ quan!E3", in.agencies.get(0).source().locate("spec.staffing.dedicatedDxStaff").toString());
    }

    @Test
    void wrongValuesAreErrorsAtTheirCells() throws Exception {
        List<String> e = errors(workbook(Map.of("Cơ quan", agencies(AGENCY_KEYS,
                row("hg.ubnd", "UBND", "hg", java.time.LocalDate.of(2023, 6, 30), "three", "county"),
                row("hg.x", "X", "hg", "30/06/2023", -1, "commune")))));
        contains(e, "book.xlsx:Cơ quan!E3: spec.staffing.dedicatedDxStaff: expected a whole number ≥ 0, found \"three\"");
        contains(e, "book.xlsx:Cơ quan!F3: metadata.agency.level: 'county' is not allowed");
        contains(e, "book.xlsx:Cơ quan!D4: metadata.asOf: expected a date YYYY-MM-DD, found \"30/06/2023\"");
        contains(e, "book.xlsx:Cơ quan!E4: spec.staffing.dedicatedDxStaff: expected a whole number ≥ 0, found -1");
    }

    @Test
    void headerProblemsAreErrorsAtTheKeyRow() throws Exception {
        List<String> keys = List.of("metadata.agency.id", "metadata.agency.nmae", "metadata.agency.id", "x-note");
        List<String> e = errors(workbook(Map.of("Cơ quan", agencies(keys, row("a", "b", "c", "d")),
                "Sheet1", List.of(row("hello")))));
        contains(e, "book.xlsx:Cơ quan!B2: unknown column 'metadata.agency.nmae'");
        contains(e, "book.xlsx:Cơ quan!C2: column 'metadata.agency.id' appears twice (first at A2)");
        contains(e, "book.xlsx:Sheet1!A1: sheet 'Sheet1' is not a dxcheck sheet");
    }

    @Test
    void aSheetWithoutItsKeyRowOrIdColumn() throws Exception {
        List<String> e = errors(workbook(Map.of("Cơ quan", List.of(row("Mã cơ quan")),
                "Kế hoạch", agencies(List.of("metadata.title"), row("Kế hoạch")))));
        contains(e, "book.xlsx:Cơ quan!A2: row 2 of sheet 'Cơ quan' must hold each column's key");
        contains(e, "book.xlsx:Kế hoạch!A2: missing the required column 'metadata.id'");
    }

    @Test
    void anItemRowNamesAnAgencyNoRowHas() throws Exception {
        List<String> e = errors(workbook(Map.of(
                "Cơ quan", agencies(AGENCY_KEYS, row("hg.ubnd", "UBND", "hg", java.time.LocalDate.of(2023, 6, 30))),
                "Hệ thống", agencies(List.of("agency", "id", "securityLevel"), row("hg.ubdn", "hg.sys", 3),
                        row("hg.ubnd", "hg.sys2", 7)))));
        contains(e, "book.xlsx:Hệ thống!A3: agency: no row of sheet 'Cơ quan' has the id 'hg.ubdn'");
        contains(e, "book.xlsx:Hệ thống!C4: spec.informationSystems[0].securityLevel: the value must be from 1 to 5");
    }

    @Test
    void aValueInAColumnWithoutKey() throws Exception {
        List<List<Object>> rows = agencies(List.of("metadata.agency.id"), row("hg.ubnd", null, "stray"));
        List<String> e = errors(workbook(Map.of("Cơ quan", rows)));
        contains(e, "book.xlsx:Cơ quan!C3: a value in a column with no key at C2");
    }

    @Test
    void notAWorkbook() throws Exception {
        contains(errors("apiVersion: dxcheck/v1\n".getBytes(StandardCharsets.UTF_8)),
                "book.xlsx:1:1: cannot read the Excel workbook (.xlsx): no zip end record");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        contains(errors(zip.toByteArray()), "book.xlsx:1:1: cannot read the Excel workbook (.xlsx): no part xl/workbook.xml");
    }

    @Test
    void aSharedStringIndexPastTheTableIsAnError() throws Exception {
        byte[] ok = workbook(Map.of("Cơ quan", agencies(List.of("metadata.agency.id"), row("hg.ubnd"))));
        byte[] bad = EditedWorkbook.rewrite(ok, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<v>0</v>", "<v>2000000000</v>"));
        contains(errors(bad), "names shared string 2000000000 of");
    }

    @Test
    void aZipBombStopsAtTheBudget() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("big.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
        }
        ZipParts parts = new ZipParts(zip.toByteArray(), 4 << 20);
        assertThrows(ZipParts.Overflow.class, () -> parts.open("big.xml").readAllBytes());
        assertEquals(8 << 20, new ZipParts(zip.toByteArray(), 9 << 20).bytes("big.xml").length);
    }

    @Test
    void anExcelErrorInACell() throws Exception {
        byte[] ok = workbook(Map.of("Cơ quan", agencies(AGENCY_KEYS,
                row("hg.ubnd", "UBND", "hg", java.time.LocalDate.of(2023, 6, 30), 4))));
        byte[] bad = EditedWorkbook.rewrite(ok, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"E3\"([^>]*)><v>4</v></c>", "<c r=\"E3\" t=\"e\"><v>#DIV/0!</v></c>"));
        contains(errors(bad), "book.xlsx:Cơ quan!E3: spec.staffing.dedicatedDxStaff: the cell holds the Excel error #DIV/0!");
    }
}
