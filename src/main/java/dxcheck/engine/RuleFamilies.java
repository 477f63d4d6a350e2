package dxcheck.engine;

import dxcheck.model.RuleFamily;
import dxcheck.text.Lang;

import java.util.Map;
import java.util.Set;

/**
 * The rule families a rules folder declares (families.yaml), by id. A folder without the file (a test rule pack)
 * declares none: then a family is named by its letters and judges every agency.
 */
public record RuleFamilies(Map<String, RuleFamily> byId) {
    public static final RuleFamilies NONE = new RuleFamilies(Map.of());

    public boolean declared() {
        return !byId.isEmpty();
    }

    public RuleFamily get(String id) {
        return byId.get(id);
    }

    /** The family's name in the language, or its letters when it is not declared. */
    public String name(String id, Lang lang) {
        RuleFamily f = byId.get(id);
        return f == null ? id : lang == Lang.VI ? f.nameVi() : f.nameEn();
    }

    /** Whether the scorecard counts the family (all do unless declared otherwise). */
    public boolean scored(String id) {
        RuleFamily f = byId.get(id);
        return f == null || f.scored();
    }

    /** Whether the family's rules apply to an agency that reports these sections. */
    public boolean judges(String id, Set<String> reported) {
        RuleFamily f = byId.get(id);
        if (f == null) {
            return true;
        }
        return !f.judges().isEmpty() && (f.judgesUnreported() || f.judges().stream().anyMatch(reported::contains));
    }
}
