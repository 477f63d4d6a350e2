package dxcheck.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import dxcheck.load.xlsx.Layout;
import dxcheck.load.xlsx.ZipParts;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template as a person fills it in, and the xlsx report, read back by an independent reader (fastexcel-reader). */
class TemplateAndReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    @Test
    void theTemplateHasEverySheetWithLabelsKeysListsAndFrozenHeaders() throws Exception {
        Path book = tmp.resolve("mau.xlsx");
        Cli.Result r = Cli.run("template", "--output", book.toString());
        assertEquals(0, r.exit(), r::toString);
        try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(Layout.SHEETS.size() + 1, sheets.size());
            for (Layout.Sheet s : Layout.SHEETS) {
                Sheet sheet = wb.findSheet(s.name()).orElseThrow();
                List<Row> rows = sheet.read();
                assertEquals(s.columns().get(0).vi(), rows.get(0).getCellText(0));
                for (int c = 0; c < s.columns().size(); c++) {
                    assertEquals(s.columns().get(c).key(), rows.get(1).getCellText(c));
                }
            }
        }
        ZipParts parts = new ZipParts(Files.readAllBytes(book), Long.MAX_VALUE);
        String agencies = new String(parts.bytes("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(agencies.contains("<pane xSplit=\"1\" ySplit=\"2\""), "frozen first column and two header rows");
        assertTrue(agencies.contains("<formula1>'Danh m&#x1ee5;c'!"), "drop-down lists from the hidden sheet");
        assertTrue(agencies.contains("sqref=\"C3:C1048576\""), "the level column has its list");
        Cli.Result plan = Cli.run("template", "--kind", "Plan", "--output", tmp.resolve("plan.xlsx").toString());
        assertEquals(0, plan.exit(), plan::toString);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plan.xlsx")), WorkbookExport.template("Plan"));
    }

    @Test
    void aFilledTemplateChecksLikeTheSameDataInYaml() throws Exception {
        byte[] template = WorkbookExport.template(null);
        // a date typed into the template takes its column's style (yyyy-mm-dd), as in a spreadsheet program
        String sheet1 = new String(new ZipParts(template, Long.MAX_VALUE).bytes("xl/worksheets/sheet1.xml"),
                StandardCharsets.UTF_8);
        java.util.regex.Matcher dateStyle = java.util.regex.Pattern.compile("<col min=\"8\" max=\"8\"[^>]*style=\"(\\d+)\"")
                .matcher(sheet1);
        assertTrue(dateStyle.find(), sheet1);
        // row 3 of Cơ quan (sheet1): the DX lead with 3 dedicated staff; of Hệ thống (sheet2): a level-3 system
        byte[] filled = rewrite(template, "xl/worksheets/sheet1.xml", "<row r=\"3\">" + text("A3", "hg.stttt")
                + text("B3", "Sở TT&TT") + text("C3", "province") + text("D3", "department") + text("E3", "hg")
                + text("G3", "dx-lead") + "<c r=\"H3\" s=\"" + dateStyle.group(1) + "\"><v>45107</v></c>"
                + "<c r=\"N3\"><v>3</v></c></row>");
        filled = rewrite(filled, "xl/worksheets/sheet2.xml", "<row r=\"3\">" + text("A3", "hg.stttt")
                + text("B3", "hg.qlvb") + text("C3", "QLVB") + "<c r=\"D3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"G3\"><v>3</v></c>" + "<c r=\"H3\" t=\"b\"><v>0</v></c></row>");
        Path book = tmp.resolve("filled.xlsx");
        Files.write(book, filled);
        Path yaml = tmp.resolve("same.yaml");
        Files.writeString(yaml, """
                apiVersion: dxcheck/v1
                kind: AgencyStatus
                metadata:
                  agency: {id: hg.stttt, name: "Sở TT&TT", level: province, type: department, jurisdiction: hg, roles: [dx-lead]}
                  asOf: 2023-06-30
                spec:
                  staffing: {dedicatedDxStaff: 3}
                  informationSystems:
                    - {id: hg.qlvb, name: QLVB, processesPersonalData: true, securityLevel: 3, levelApproved: false}
                """);
        List<String> fromBook = findings(book.toString());
        assertTrue(fromBook.stream().anyMatch(f -> f.startsWith("STF-001 hg.stttt")), fromBook::toString);
        assertEquals(findings(yaml.toString()), fromBook);
    }

    @Test
    void theXlsxReportHoldsWhatTheJsonReportHolds() throws Exception {
        Path report = tmp.resolve("report.xlsx");
        String[] run = {"check", "--lang", "en", "--as-of", "2023-07-15", "fixtures/ha-tinh"};
        Cli.Result x = Cli.run(concat(run, "--format", "xlsx", "--output", report.toString()));
        assertEquals(1, x.exit(), x::toString);
        byte[] first = Files.readAllBytes(report);
        Cli.run(concat(run, "--format", "xlsx", "--output", report.toString()));
        assertArrayEquals(first, Files.readAllBytes(report), "the same run, the same bytes");
        JsonNode json = JSON.readTree(Cli.run(concat(run, "--format", "json")).out());
        List<String> expected = new ArrayList<>();
        json.get("findings").forEach(f -> expected.add(String.join("|", f.get("severity").asText(),
                f.get("rule").asText(), f.get("subject").asText(), f.get("file").asText(), f.get("line").asText(),
                f.get("message").asText(), f.get("legalBasis").asText())));
        try (ReadableWorkbook wb = new ReadableWorkbook(report.toFile())) {
            assertEquals(List.of("Summary", "Findings", "Scorecard"), wb.getSheets().map(Sheet::getName).toList());
            List<Row> rows = wb.findSheet("Findings").orElseThrow().read();
            assertEquals("Severity", rows.get(0).getCellText(0));
            List<String> actual = new ArrayList<>();
            for (Row r : rows.subList(1, rows.size())) {
                actual.add(String.join("|", r.getCellText(0), r.getCellText(1), r.getCellText(3), r.getCellText(5),
                        r.getCellText(7), r.getCellText(9), r.getCellText(10)));
            }
            assertEquals(expected, actual);
            List<Row> summary = wb.findSheet("Summary").orElseThrow().read();
            JsonNode s = json.get("summary");
            int totals = 0;
            while (!"Total".equals(summary.get(totals).getCellText(0))) {
                totals++;
            }
            Row counts = summary.get(totals + 2); // the title, the header, then the numbers
            assertEquals(List.of(s.get("error").asText(), s.get("warning").asText(), s.get("info").asText(),
                    s.get("waived").asText()), List.of(counts.getCellText(0), counts.getCellText(1),
                    counts.getCellText(2), counts.getCellText(3)));
            List<Row> card = wb.findSheet("Scorecard").orElseThrow().read();
            assertEquals(json.get("scorecard").get("jurisdictions").size() + json.get("scorecard").get("agencies").size()
                    + json.get("scorecard").get("plans").size(), card.size() - 1);
        }
        String findings = new String(new ZipParts(first, Long.MAX_VALUE).bytes("xl/worksheets/sheet2.xml"),
                StandardCharsets.UTF_8);
        assertTrue(findings.contains("<autoFilter ref=\"A1:"), "a filter on every column");
        assertTrue(findings.contains("ySplit=\"1\""), "the header row is frozen");
        // printed: A4 landscape; the summary on one page width; the findings' header row on every page
        ZipParts parts = new ZipParts(first, Long.MAX_VALUE);
        String summary = new String(parts.bytes("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("fitToPage=\"true\"") && summary.contains("fitToWidth=\"1\"")
                && summary.contains("orientation=\"landscape\"")
                && summary.contains("paperSize=\"9\""), summary);
        assertTrue(findings.contains("orientation=\"landscape\"") && !findings.contains("fitToPage=\"true\""),
                "the wide findings sheet is not shrunk to one page width");
        assertTrue(new String(parts.bytes("xl/workbook.xml"), StandardCharsets.UTF_8)
                .contains("localSheetId=\"1\" name=\"_xlnm.Print_Titles\" vbProcedure=\"false\">'Findings'!$1:$1"));
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private static List<String> findings(String path) throws Exception {
        Cli.Result r = Cli.run("check", "--format", "json", "--lang", "en", "--as-of", "2023-07-15", path);
        assertTrue(r.exit() < 2, r::toString);
        List<String> out = new ArrayList<>();
        JSON.readTree(r.out()).get("findings").forEach(f -> out.add(f.get("rule").asText() + " "
                + f.get("subject").asText() + " " + f.get("severity").asText() + " " + f.get("message").asText()));
        out.sort(null);
        return out;
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value.replace("&", "&amp;") + "</t></is></c>";
    }

    /** Puts the rows into the sheet's sheetData, as a spreadsheet program saving the filled template would. */
    private static byte[] rewrite(byte[] xlsx, String part, String rows) throws Exception {
        return dxcheck.load.xlsx.EditedWorkbook.rewrite(xlsx, part, xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
    }
}
