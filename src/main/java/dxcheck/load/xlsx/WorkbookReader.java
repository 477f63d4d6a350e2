package dxcheck.load.xlsx;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of every worksheet of an .xlsx workbook with the JDK's own StAX parser (no DTD, no external
 * entities) from the parts of {@link ZipParts}. Only values are read: shared and inline strings, numbers, booleans,
 * errors, the cached result of a formula; a number whose style is a date format becomes a date, one whose style is
 * a percent format is multiplied by 100 (the input format's percentages are 0–100).
 */
final class WorkbookReader {
    /** One worksheet: its name and its cells with a value, row by row, left to right. */
    record Sheet(String name, List<Cell> cells) {
    }

    private static final String REL_NS_SUFFIX = "relationships";
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final ZipParts zip;
    private final XMLInputFactory xml;
    private List<String> strings = List.of();
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> formatCodes = new HashMap<>();
    private boolean date1904;

    private WorkbookReader(ZipParts zip) {
        this.zip = zip;
        this.xml = XMLInputFactory.newDefaultFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Every worksheet in workbook order. */
    static List<Sheet> read(byte[] bytes, long unpackedLimit) throws ZipParts.Broken {
        WorkbookReader r = new WorkbookReader(new ZipParts(bytes, unpackedLimit));
        try {
            return r.sheets();
        } catch (ZipParts.Overflow e) {
            throw new ZipParts.TooLarge();
        } catch (XMLStreamException | RuntimeException e) {
            if (e.getCause() instanceof ZipParts.Overflow) {
                throw new ZipParts.TooLarge();
            }
            throw new ZipParts.Broken("malformed XML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    private List<Sheet> sheets() throws ZipParts.Broken, XMLStreamException {
        String workbook = target("_rels/.rels", "", "/officeDocument").getOrDefault("", "xl/workbook.xml");
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        Map<String, String> byId = target(rels, folder, null);
        Map<String, String> byType = target(rels, folder, "");
        List<String[]> sheetRefs = workbookSheets(workbook);
        String sst = byType.get("/sharedStrings");
        if (sst != null) {
            strings = sharedStrings(sst);
        }
        String styles = byType.get("/styles");
        if (styles != null) {
            styles(styles);
        }
        List<Sheet> out = new ArrayList<>();
        for (String[] ref : sheetRefs) {
            String part = byId.get(ref[1]);
            if (part == null || !zip.has(part)) {
                throw new ZipParts.Broken("no part for sheet '" + ref[0] + "'");
            }
            out.add(new Sheet(ref[0], cells(part)));
        }
        return out;
    }

    private XMLStreamReader open(String part) throws ZipParts.Broken, XMLStreamException {
        java.io.InputStream in = zip.open(part);
        if (in == null) {
            throw new ZipParts.Broken("no part " + part + " (not an .xlsx workbook?)");
        }
        return xml.createXMLStreamReader(in);
    }

    /**
     * The relationships of a .rels part. type null: by Id; type "": by the last segment of the type ("/styles");
     * otherwise only relationships of that type, under "". Targets are resolved against folder.
     */
    private Map<String, String> target(String part, String folder, String type) throws ZipParts.Broken,
            XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (!zip.has(part)) {
            return out;
        }
        XMLStreamReader r = open(part);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                String t = r.getAttributeValue(null, "Target");
                String kind = String.valueOf(r.getAttributeValue(null, "Type"));
                kind = kind.substring(kind.lastIndexOf('/'));
                if (t == null) {
                    continue;
                }
                String resolved = t.startsWith("/") ? t.substring(1) : folder + t;
                if (type == null) {
                    out.put(String.valueOf(r.getAttributeValue(null, "Id")), resolved);
                } else if (type.isEmpty()) {
                    out.putIfAbsent(kind, resolved);
                } else if (kind.equals(type)) {
                    out.put("", resolved);
                }
            }
        }
        return out;
    }

    /** name and relationship id of each sheet, in workbook order; notes the 1904 date system. */
    private List<String[]> workbookSheets(String part) throws ZipParts.Broken, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        XMLStreamReader r = open(part);
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("workbookPr")) {
                String d = r.getAttributeValue(null, "date1904");
                date1904 = "1".equals(d) || "true".equals(d);
            } else if (r.getLocalName().equals("sheet")) {
                String id = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String ns = r.getAttributeNamespace(i);
                    if ("id".equals(r.getAttributeLocalName(i)) && ns != null && ns.endsWith(REL_NS_SUFFIX)) {
                        id = r.getAttributeValue(i);
                    }
                }
                sheets.add(new String[] {String.valueOf(r.getAttributeValue(null, "name")), String.valueOf(id)});
            }
        }
        return sheets;
    }

    private List<String> sharedStrings(String part) throws ZipParts.Broken, XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader r = open(part);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                out.add(text(r, "si"));
            }
        }
        return out;
    }

    /** The text of the t elements under the current element (rich-text runs joined), phonetic hints left out. */
    private static String text(XMLStreamReader r, String end) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int phonetic = 0;
        boolean inT = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                phonetic += r.getLocalName().equals("rPh") ? 1 : 0;
                inT = r.getLocalName().equals("t");
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals(end)) {
                    break;
                }
                phonetic -= r.getLocalName().equals("rPh") ? 1 : 0;
                inT = false;
            } else if (inT && phonetic == 0 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE)) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    private void styles(String part) throws ZipParts.Broken, XMLStreamException {
        XMLStreamReader r = open(part);
        boolean inCellXfs = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> formatCodes.put(integer(r.getAttributeValue(null, "numFmtId")),
                            String.valueOf(r.getAttributeValue(null, "formatCode")));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            styleFormats.add(integer(r.getAttributeValue(null, "numFmtId")));
                        }
                    }
                    default -> { }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    private static int integer(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<Cell> cells(String part) throws ZipParts.Broken, XMLStreamException {
        List<Cell> out = new ArrayList<>();
        XMLStreamReader r = open(part);
        int row = 0;
        int column = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("row")) {
                String n = r.getAttributeValue(null, "r");
                row = n == null ? row + 1 : integer(n);
                column = 0;
                check(row, column + 1);
            } else if (r.getLocalName().equals("c")) {
                int[] at = reference(r.getAttributeValue(null, "r"), row, column + 1);
                row = at[0];
                column = at[1];
                check(row, column);
                Cell c = cell(r, row, column);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
        return out;
    }

    private static void check(int row, int column) throws ZipParts.Broken {
        if (row < 1 || row > MAX_ROW || column < 1 || column > MAX_COLUMN) {
            throw new ZipParts.Broken("cell outside the sheet: row " + row + ", column " + column);
        }
    }

    /** row and column of a reference like C7; those given when it is missing. */
    private static int[] reference(String ref, int row, int column) throws ZipParts.Broken {
        if (ref == null) {
            return new int[] {row, column};
        }
        int i = 0;
        int c = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        try {
            return new int[] {i == ref.length() ? row : Integer.parseInt(ref.substring(i)), c};
        } catch (NumberFormatException e) {
            throw new ZipParts.Broken("bad cell reference '" + ref + "'");
        }
    }

    /** The value of the c element the reader is on, or null when it has none. */
    private Cell cell(XMLStreamReader r, int row, int column) throws XMLStreamException, ZipParts.Broken {
        String type = r.getAttributeValue(null, "t");
        int style = integer(r.getAttributeValue(null, "s"));
        String v = null;
        String inline = null;
        boolean formula = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v" -> v = r.getElementText();
                    case "f" -> {
                        formula = true;
                        r.getElementText();
                    }
                    case "is" -> inline = text(r, "is");
                    default -> { }
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null || inline.isEmpty() ? null : new Cell(row, column, Cell.Kind.TEXT, inline);
        }
        if (v == null || v.isEmpty()) {
            return formula ? new Cell(row, column, Cell.Kind.NO_VALUE, "") : null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(v, row, column);
            case "str" -> new Cell(row, column, Cell.Kind.TEXT, v);
            case "b" -> new Cell(row, column, Cell.Kind.BOOLEAN, "1".equals(v.trim()) ? "true" : "false");
            case "e" -> new Cell(row, column, Cell.Kind.ERROR, v);
            case "d" -> new Cell(row, column, Cell.Kind.DATE, v.endsWith("T00:00:00") ? v.substring(0, 10) : v);
            default -> number(v, style, row, column);
        };
    }

    private Cell sharedString(String v, int row, int column) throws ZipParts.Broken {
        int i = integer(v);
        if (i < 0 || i >= strings.size()) {
            throw new ZipParts.Broken("cell " + row + "/" + column + " names shared string " + v.trim() + " of "
                    + strings.size());
        }
        String s = strings.get(i);
        return s.isEmpty() ? null : new Cell(row, column, Cell.Kind.TEXT, s);
    }

    private Cell number(String v, int style, int row, int column) {
        BigDecimal d;
        try {
            d = new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            return new Cell(row, column, Cell.Kind.ERROR, v);
        }
        String format = format(style);
        if (NumberFormats.isDate(format)) {
            return new Cell(row, column, Cell.Kind.DATE, date(d));
        }
        if (NumberFormats.isPercent(format)) {
            d = d.movePointRight(2);
        }
        BigDecimal rounded = d.round(EXCEL_DIGITS).stripTrailingZeros();
        return new Cell(row, column, Cell.Kind.NUMBER, rounded.scale() < 0 ? rounded.setScale(0).toPlainString()
                : rounded.toPlainString());
    }

    /** The format code of a cell style: a built-in one by id, or the workbook's own. */
    private String format(int style) {
        if (style < 0 || style >= styleFormats.size()) {
            return "General";
        }
        int id = styleFormats.get(style);
        String own = formatCodes.get(id);
        return own != null ? own : NumberFormats.builtIn(id);
    }

    /** An Excel serial date as ISO text: the date alone, or with hours and minutes when it has a time. */
    private String date(BigDecimal serial) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) { // past 9999-12-31
            return serial.toPlainString();
        }
        long days = serial.longValue();
        LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : days < 61 ? LocalDate.of(1899, 12, 31)
                : LocalDate.of(1899, 12, 30); // Excel counts a 29 February 1900 that never was
        LocalDate day = base.plusDays(days);
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return seconds == 0 ? day.toString() : LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT)
                .plusSeconds(seconds).toString();
    }
}
