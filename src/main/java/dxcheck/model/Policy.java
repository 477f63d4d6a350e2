package dxcheck.model;

import java.util.List;
import java.util.Map;

/**
 * The effective policy of a run: the layers applied (base first), the resulting value of every key at --as-of, and
 * the keys provincial layers set (POL-001 judges them against the national floors).
 */
public record Policy(List<PolicyDocument> layers, Map<String, Threshold> thresholds, List<PolicyOverride> overrides) {

    public Policy(List<PolicyDocument> layers, Map<String, Threshold> thresholds) {
        this(layers, thresholds, List.of());
    }
}
