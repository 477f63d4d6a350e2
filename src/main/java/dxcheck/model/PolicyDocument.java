package dxcheck.model;

import java.util.Map;
import java.util.NavigableMap;

/**
 * A Policy document: thresholds by key, layered over the ones before it (extends). A key may give a value per year
 * ({@code byYear}: the national targets for 2020, 2025); the national policy also declares, beside each key, which way
 * is stricter and whether it is a floor (declarations). The origin says where the document came from, which decides
 * whether national floors bind it and how reports name it.
 */
public record PolicyDocument(String id, String title, String extendsId, String jurisdiction, Integer evaluationYear,
                             Map<String, Threshold> thresholds, Map<String, NavigableMap<Integer, Object>> byYear,
                             Map<String, KeyDeclaration> declarations, Source source, Origin origin) {

    /** Where a Policy document came from. */
    public enum Origin {
        /** the rules folder's policy.yaml: the national policy */
        RULES,
        /** a --policy file of the command line (or a server's) */
        OPTION,
        /** a document among the inputs checked */
        INPUT,
        /** a rule test case's policy: overrides, standing for another national policy */
        CASE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A document of plain values (no years, no declarations). */
    public PolicyDocument(String id, String title, String extendsId, String jurisdiction, Integer evaluationYear,
                          Map<String, Threshold> thresholds, Source source, Origin origin) {
        this(id, title, extendsId, jurisdiction, evaluationYear, thresholds, Map.of(), Map.of(), source, origin);
    }

    public PolicyDocument withOrigin(Origin o) {
        return new PolicyDocument(id, title, extendsId, jurisdiction, evaluationYear, thresholds, byYear, declarations,
                source, o);
    }

    /**
     * Whether national floors bind this document: a provincial policy (metadata.jurisdiction) or one found among the
     * inputs. A --policy file without a jurisdiction stands for another national policy and is named in reports.
     */
    public boolean boundByFloors() {
        return origin == Origin.INPUT || jurisdiction != null && origin != Origin.RULES;
    }

    /** Every key the document sets, plainly or per year (a key per year also has its first value in thresholds). */
    public java.util.Set<String> keys() {
        return thresholds.keySet();
    }
}
