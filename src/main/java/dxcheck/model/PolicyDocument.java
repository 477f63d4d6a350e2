package dxcheck.model;

import java.util.Map;

/** A Policy document: thresholds by key, layered over the ones before it (extends). */
public record PolicyDocument(String id, String title, String extendsId, String jurisdiction, Integer evaluationYear,
                             Map<String, Threshold> thresholds, Source source) {
}
