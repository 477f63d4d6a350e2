package dxcheck.engine;

import dxcheck.model.Covers;
import dxcheck.model.LegalSource;
import dxcheck.model.Province;
import dxcheck.text.Terms;

import java.util.List;
import java.util.Map;

/**
 * What a rules folder knows beside its rules: the rule families (what each judges, how reports name it), the legal
 * sources rules cite, the labels of the vocabularies, the provinces before and after the 2025 reform, and which
 * combined values cover others. Provinces and covers are facts the rules match.
 */
public record Knowledge(RuleFamilies families, Map<String, LegalSource> sources, Terms terms, List<Province> provinces,
                        List<Covers> covers) {
    public static final Knowledge NONE = new Knowledge(RuleFamilies.NONE, Map.of(), Terms.NONE, List.of(), List.of());

    /** The facts a session gets from the knowledge, in a fixed order. */
    public List<Object> facts() {
        List<Object> out = new java.util.ArrayList<>(provinces);
        out.addAll(covers);
        return out;
    }
}
