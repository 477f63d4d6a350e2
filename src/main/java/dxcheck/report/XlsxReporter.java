package dxcheck.report;

import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.RuleFamily;
import dxcheck.model.Location;
import dxcheck.model.Severity;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.xlsx.ZipStamp;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report as an Excel workbook for a director's office: a summary sheet (totals, by rule family, by agency or
 * plan, most errors first), every finding (filter on each column, frozen header, the severity in its colour), and
 * the scorecard; headers and words in the report's language. Dated at the report's as-of day, so the same run gives
 * the same bytes.
 */
public final class XlsxReporter implements Reporter {
    private static final String HEADER_FILL = "DDEBF7";
    private static final Map<Severity, String> FILLS = Map.of(Severity.ERROR, "FFC7CE", Severity.WARNING, "FFEB9C",
            Severity.INFO, "DDEBF7");
    private static final String WAIVED_FILL = "E7E6E6";

    @Override
    public String render(Report report, Lang lang) {
        throw new UnsupportedOperationException("xlsx is binary: use bytes()");
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public byte[] bytes(Report report, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "dxcheck", null)) {
            wb.properties().setTitle(Msg.REPORT_TITLE.format(lang));
            summary(printable(wb.newWorksheet(Msg.REPORT_SUMMARY.format(lang)), -1, true), report, lang);
            // the findings sheet is for filtering: fitted to a page width its 14 columns would print unreadably small
            findings(printable(wb.newWorksheet(Msg.REPORT_FINDINGS.format(lang)), 0, false), report, lang);
            scorecard(printable(wb.newWorksheet(lang == Lang.VI ? "Bảng điểm" : "Scorecard"), 0, true),
                    report, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ZipStamp.fix(out.toByteArray(), report.asOf());
    }

    /**
     * Printed on A4 landscape, the header row (when there is one) repeated on every page; a narrow sheet with every
     * column on one page width (Calc and Excel otherwise put the right-hand columns on pages of their own).
     */
    private static Worksheet printable(Worksheet ws, int headerRow, boolean oneWidth) {
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        if (oneWidth) {
            ws.setFitToPage(true);
            ws.fitToWidth((short) 1);
            ws.fitToHeight((short) 0);
        }
        if (headerRow >= 0) {
            ws.repeatRows(headerRow);
        }
        return ws;
    }

    private static void header(Worksheet ws, int row, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            ws.value(row, c, labels.get(c));
        }
        ws.range(row, 0, row, labels.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
        ws.rowHeight(row, 45); // three lines: a wrapped label ("Lãnh đạo người đứng đầu (%)") is not cut off
    }

    private static void findings(Worksheet ws, Report report, Lang lang) {
        List<String> labels = List.of(Msg.REPORT_SEVERITY.format(lang), Msg.REPORT_RULE.format(lang),
                Msg.REPORT_RULE_TITLE.format(lang), Msg.REPORT_SUBJECT.format(lang), Msg.REPORT_AGENCY.format(lang),
                Msg.REPORT_FILE.format(lang), Msg.REPORT_LOCATION.format(lang), Msg.REPORT_LINE.format(lang),
                Msg.REPORT_COLUMN.format(lang), Msg.REPORT_MESSAGE.format(lang), Msg.LEGAL_BASIS.format(lang),
                Msg.REFERENCES.format(lang), Msg.REPORT_REMEDIATION.format(lang), Msg.REPORT_WAIVER_ID.format(lang));
        header(ws, 0, labels);
        double[] widths = {11, 9, 40, 36, 24, 30, 16, 7, 7, 70, 40, 40, 50, 14};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        int r = 1;
        for (Finding f : report.findings()) {
            RuleInfo rule = report.rule(f);
            Location at = f.getLocation();
            ws.value(r, 0, Msg.severity(f.getSeverity(), lang));
            ws.style(r, 0).fillColor(f.isWaived() ? WAIVED_FILL : FILLS.get(f.getSeverity())).set();
            ws.value(r, 1, f.getRule());
            ws.value(r, 2, rule.title(lang));
            ws.value(r, 3, f.getSubject());
            ws.value(r, 4, f.getOwner());
            ws.value(r, 5, at.file());
            ws.value(r, 6, at.sheet() == null ? at.line() + ":" + at.column() : at.sheet() + "!" + at.cell());
            ws.value(r, 7, at.line());
            ws.value(r, 8, at.column());
            ws.value(r, 9, report.message(f, lang));
            ws.value(r, 10, report.legalBasis(f, lang));
            ws.value(r, 11, report.references(f, lang));
            ws.value(r, 12, rule.remediation(lang));
            if (f.isWaived()) {
                ws.value(r, 13, f.getWaiverId());
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(1, r - 1), labels.size() - 1);
        ws.freezePane(0, 1);
    }

    /** Counts of a group of findings: errors, warnings, info not waived, and waived. */
    private static int[] count(int[] sum, Finding f) {
        sum[f.isWaived() ? 3 : f.getSeverity().ordinal()]++;
        return sum;
    }

    private static void summary(Worksheet ws, Report report, Lang lang) {
        ws.value(0, 0, Msg.REPORT_TITLE.format(lang));
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, Msg.REPORT_AS_OF.format(lang));
        ws.value(1, 1, report.asOf().toString());
        ws.value(2, 0, Msg.REPORT_INPUTS.format(lang));
        ws.value(2, 1, report.inputs().size());
        ws.value(3, 0, Msg.REPORT_GENERATED.format(lang, report.toolVersion()));
        List<String> counts = List.of(Msg.REPORT_ERRORS.format(lang), Msg.REPORT_WARNINGS.format(lang),
                Msg.REPORT_INFOS.format(lang), Msg.REPORT_WAIVED.format(lang));
        int r = 5;
        int[] total = new int[4];
        report.findings().forEach(f -> count(total, f));
        r = table(ws, r, Msg.REPORT_TOTAL.format(lang), List.of(), counts, Map.of(List.of(), total));
        Map<List<String>, int[]> byFamily = new TreeMap<>(Comparator.comparing(k -> k.get(0)));
        report.findings().forEach(f -> count(byFamily.computeIfAbsent(List.of(RuleFamily.of(f.getRule()),
                report.familyName(RuleFamily.of(f.getRule()), lang)), k -> new int[4]), f));
        r = table(ws, r + 1, Msg.REPORT_BY_FAMILY.format(lang), List.of(Msg.REPORT_FAMILY.format(lang), ""), counts,
                byFamily);
        Map<String, int[]> byOwner = new TreeMap<>();
        report.findings().forEach(f -> count(byOwner.computeIfAbsent(f.getOwner(), k -> new int[4]), f));
        Map<List<String>, int[]> ranked = new java.util.LinkedHashMap<>();
        byOwner.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .forEach(e -> ranked.put(List.of(e.getKey()), e.getValue()));
        table(ws, r + 1, Msg.REPORT_BY_AGENCY.format(lang), List.of(Msg.REPORT_AGENCY.format(lang)), counts, ranked);
        ws.width(0, 36);
        ws.width(1, 30);
        for (int c = 2; c < 7; c++) {
            ws.width(c, 14);
        }
    }

    /** A titled table: the key columns, then the four counts; returns the next free row. */
    private static int table(Worksheet ws, int row, String title, List<String> keys, List<String> counts,
                             Map<List<String>, int[]> rows) {
        ws.value(row, 0, title);
        ws.style(row, 0).bold().set();
        List<String> labels = new ArrayList<>(keys);
        labels.addAll(counts);
        header(ws, row + 1, labels);
        int r = row + 2;
        for (Map.Entry<List<String>, int[]> e : rows.entrySet()) {
            for (int c = 0; c < keys.size(); c++) {
                ws.value(r, c, e.getKey().get(c));
            }
            for (int i = 0; i < 4; i++) {
                ws.value(r, keys.size() + i, e.getValue()[i]);
            }
            r++;
        }
        return r;
    }

    private static void scorecard(Worksheet ws, Report report, Lang lang) {
        Scorecard card = report.scorecard();
        TreeSet<String> families = new TreeSet<>();
        for (List<Scorecard.Row> rows : List.of(card.jurisdictions(), card.agencies(), card.plans())) {
            rows.forEach(r -> families.addAll(r.families().keySet()));
        }
        List<String> labels = new ArrayList<>(List.of(Msg.REPORT_KIND.format(lang), Msg.REPORT_ID.format(lang),
                Msg.REPORT_NAME.format(lang), Msg.REPORT_JURISDICTION.format(lang)));
        families.forEach(f -> labels.add(report.familyName(f, lang) + " (%)"));
        labels.addAll(List.of(Msg.REPORT_TOTAL.format(lang) + " (%)", Msg.REPORT_APPLICABLE.format(lang),
                Msg.REPORT_RULES_PASSED.format(lang)));
        header(ws, 0, labels);
        int r = 1;
        r = scoreRows(ws, r, Msg.REPORT_JURISDICTION.format(lang), card.jurisdictions(), families);
        r = scoreRows(ws, r, Msg.REPORT_AGENCY.format(lang), card.agencies(), families);
        r = scoreRows(ws, r, Msg.REPORT_PLAN.format(lang), card.plans(), families);
        ws.setAutoFilter(0, 0, Math.max(1, r - 1), labels.size() - 1);
        ws.freezePane(2, 1);
        ws.width(0, 12);
        ws.width(1, 28);
        ws.width(2, 40);
        ws.width(3, 14);
        for (int c = 4; c < labels.size(); c++) {
            ws.width(c, 14);
        }
    }

    private static int scoreRows(Worksheet ws, int r, String kind, List<Scorecard.Row> rows,
                                 TreeSet<String> families) {
        for (Scorecard.Row row : rows) {
            ws.value(r, 0, kind);
            ws.value(r, 1, row.id());
            ws.value(r, 2, row.name());
            ws.value(r, 3, row.jurisdiction());
            int c = 4;
            for (String f : families) {
                Scorecard.Score s = row.families().get(f);
                if (s != null) {
                    ws.value(r, c, s.percent());
                    ws.style(r, c).format("0.0").set();
                }
                c++;
            }
            ws.value(r, c, row.total().percent());
            ws.style(r, c).format("0.0").bold().set();
            ws.value(r, c + 1, row.total().applicable());
            ws.value(r, c + 2, row.total().passed());
            r++;
        }
        return r;
    }
}
