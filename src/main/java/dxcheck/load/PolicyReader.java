package dxcheck.load;

import dxcheck.model.PolicyDocument;
import dxcheck.model.Threshold;

import java.util.LinkedHashMap;
import java.util.Map;

/** kind: Policy → a PolicyDocument; layering and key checks happen in {@link PolicyLayers}. */
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
        if (values != null) {
            values.plainValues().forEach((k, v) -> thresholds.put(k, new Threshold(k, v, id, values.locationOf(k))));
        }
        spec.done();
        out.policies.add(new PolicyDocument(id, title, extendsId, jurisdiction,
                year == null ? null : year.intValue(), thresholds, doc.source()));
    }
}
