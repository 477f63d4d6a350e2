package dxcheck.load;

import dxcheck.model.KeyDeclaration;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Threshold;
import dxcheck.text.Msg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * kind: Policy → a PolicyDocument; layering and key checks happen in {@link PolicyLayers}. A threshold is a plain value
 * ({@code key: 100}), or a mapping: {@code {value: 100}} or {@code {byYear: {2020: 90, 2025: 100}}}, which the national
 * policy completes with its declarations ({@code stricter}, {@code floor}, {@code basis}).
 */
final class PolicyReader implements KindReader {
    private final Inputs out;

    PolicyReader(Inputs out) {
        this.out = out;
    }

    @Override
    public void read(YamlMap doc, YamlMap md, YamlMap spec) {
        String id = md.id("id", true);
        String title = md.text("title", false);
        String extendsId = md.id("extends", false);
        String jurisdiction = md.id("jurisdiction", false);
        md.done();
        Long year = spec.integer("evaluationYear", false, 1900, 2200);
        YamlMap values = spec.map("thresholds", false);
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        Map<String, NavigableMap<Integer, Object>> byYear = new LinkedHashMap<>();
        Map<String, KeyDeclaration> declarations = new LinkedHashMap<>();
        if (values != null) {
            for (String k : values.keys()) {
                if (values.isMapping(k)) {
                    declared(values, k, id, thresholds, byYear, declarations);
                } else {
                    Object v = values.plainValue(k);
                    if (v != null) {
                        thresholds.put(k, new Threshold(k, v, id, values.locationOf(k)));
                    }
                }
            }
        }
        spec.done();
        out.policies.add(new PolicyDocument(id, title, extendsId, jurisdiction, year == null ? null : year.intValue(),
                thresholds, byYear, declarations, doc.source(), PolicyDocument.Origin.INPUT));
    }

    private static void declared(YamlMap values, String k, String policyId, Map<String, Threshold> thresholds,
                                 Map<String, NavigableMap<Integer, Object>> byYear,
                                 Map<String, KeyDeclaration> declarations) {
        YamlMap m = values.map(k, true);
        Location at = values.locationOf(k);
        boolean hasValue = m.has("value");
        YamlMap years = m.map("byYear", false);
        if (hasValue == (years != null)) {
            values.text.error(at, values.pathOf(k), Msg.POLICY_VALUE_OR_BY_YEAR, k);
        } else if (hasValue) {
            Object v = m.plainValue("value");
            if (v != null) {
                thresholds.put(k, new Threshold(k, v, policyId, at));
            }
        } else {
            NavigableMap<Integer, Object> perYear = new TreeMap<>();
            for (String y : years.keys()) {
                Integer year = year(years, y);
                Object v = years.plainValue(y);
                if (year != null && v != null) {
                    perYear.put(year, v);
                }
            }
            if (!perYear.isEmpty()) {
                byYear.put(k, perYear);
                // the first year's value stands for the key where only its type and place matter
                thresholds.put(k, new Threshold(k, perYear.firstEntry().getValue(), policyId, at,
                        perYear.firstKey(), true));
            }
        }
        String stricter = m.text("stricter", false);
        Boolean floor = m.flag("floor");
        List<String> basis = m.ids("basis");
        m.done();
        if (stricter != null || floor != null || !basis.isEmpty()) {
            KeyDeclaration.Stricter s = stricter == null ? null : KeyDeclaration.Stricter.parse(stricter);
            if (stricter != null && s == null) {
                values.text.error(m.valueLocation("stricter"), m.pathOf("stricter"), Msg.NOT_ONE_OF, stricter,
                        KeyDeclaration.Stricter.ids());
            }
            declarations.put(k, new KeyDeclaration(k, s, floor == null || floor, List.copyOf(basis), at));
        }
    }

    private static Integer year(YamlMap years, String y) {
        try {
            int v = Integer.parseInt(y);
            if (v >= 1900 && v <= 2200) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        years.text.error(years.locationOf(y), years.pathOf(y), Msg.OUT_OF_RANGE, 1900, 2200, y);
        return null;
    }
}
