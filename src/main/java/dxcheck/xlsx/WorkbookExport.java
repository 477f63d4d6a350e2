package dxcheck.xlsx;

import dxcheck.load.Inputs;
import dxcheck.load.xlsx.Layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loaded documents as a dxcheck workbook (dxcheck export), and the empty workbook (dxcheck template). */
public final class WorkbookExport {
    private WorkbookExport() {
    }

    /** The template of a kind (AgencyStatus, Plan, Waiver) or of all of them (null). */
    public static byte[] template(String kind) {
        return WorkbookWriter.write(Layout.forKind(kind), Map.of());
    }

    /** Every agency, plan and waiver of the inputs, one row each, their lists on the item sheets. */
    public static byte[] export(Inputs inputs) {
        Map<Layout.Sheet, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (ModelDocuments.Document d : ModelDocuments.of(inputs)) {
            for (Layout.Sheet s : Layout.forKind(d.kind())) {
                rows.computeIfAbsent(s, k -> new ArrayList<>()).addAll(rows(s, d));
            }
        }
        return WorkbookWriter.write(Layout.SHEETS, rows);
    }

    /** The rows of one sheet for one document: the document itself, or the entries of its list. */
    private static List<Map<String, Object>> rows(Layout.Sheet s, ModelDocuments.Document d) {
        if (!s.isItems()) {
            Map<String, Object> row = new LinkedHashMap<>();
            s.columns().forEach(c -> row.put(c.key(), at(d.tree(), c.key())));
            return List.of(row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (at(d.tree(), s.listPath()) instanceof List<?> entries) {
            for (Object e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(s.idKey(), d.id());
                ((Map<?, ?>) e).forEach((k, v) -> row.put((String) k, v));
                out.add(row);
            }
        }
        return out;
    }

    private static Object at(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String k : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(k);
        }
        return node;
    }
}
