package dxcheck.model;

import java.util.List;

/**
 * A rule family as rules/families.yaml declares it: the letters of its rules' ids, its names, the sections of an
 * agency's status its rules judge (AgencyStatus spec keys, or metadata), whether they judge an agency that does not
 * report those sections (the family reports the missing section itself), and whether the scorecard counts it.
 */
public record RuleFamily(String id, String nameVi, String nameEn, List<String> judges, boolean judgesUnreported,
                         boolean scored, Location location) {
    /** What a family may judge of an agency: its metadata (always reported) and the sections of its spec. */
    public static final List<String> SECTIONS = List.of("metadata", "head", "staffing", "informationSystems",
            "onlineServices", "documents", "infrastructure", "integration");

    /** The family of a rule id: its letters (STF of STF-001). */
    public static String of(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }
}
