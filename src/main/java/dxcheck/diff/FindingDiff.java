package dxcheck.diff;

import dxcheck.model.FailOn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings fixed (in OLD only), introduced (in NEW only) and unchanged, matched by fingerprint — rule, subject,
 * field and the texts among the values — never by line, which moves whenever a draft is edited. A fingerprint that
 * occurs twice on one side is matched as many times as it occurs on the other.
 */
public record FindingDiff(List<DiffEntry> fixed, List<DiffEntry> introduced, List<DiffEntry> unchanged) {

    public static FindingDiff of(List<DiffEntry> old, List<DiffEntry> now) {
        Map<String, Integer> oldCount = new HashMap<>();
        old.forEach(e -> oldCount.merge(e.fingerprint(), 1, Integer::sum));
        List<DiffEntry> introduced = new ArrayList<>();
        List<DiffEntry> unchanged = new ArrayList<>();
        for (DiffEntry e : now) {
            if (oldCount.merge(e.fingerprint(), -1, Integer::sum) >= 0) {
                unchanged.add(e);
            } else {
                introduced.add(e);
            }
        }
        Map<String, Integer> newCount = new HashMap<>();
        now.forEach(e -> newCount.merge(e.fingerprint(), 1, Integer::sum));
        List<DiffEntry> fixed = new ArrayList<>();
        for (DiffEntry e : old) {
            if (newCount.merge(e.fingerprint(), -1, Integer::sum) < 0) {
                fixed.add(e);
            }
        }
        return new FindingDiff(fixed, introduced, unchanged);
    }

    /** Whether NEW brings a finding that fails at the threshold (as it would fail a check). */
    public boolean introduces(FailOn failOn) {
        return introduced.stream().anyMatch(e -> failOn.fails(e.severity(), e.waived()));
    }
}
