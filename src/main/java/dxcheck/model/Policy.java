package dxcheck.model;

import java.util.List;
import java.util.Map;

/** The effective policy of a run: the layers applied (base first) and the resulting value of every key. */
public record Policy(List<PolicyDocument> layers, Map<String, Threshold> thresholds) {
}
