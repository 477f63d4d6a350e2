package dxcheck.report;

import dxcheck.model.Finding;
import dxcheck.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Counts of one group's findings (an agency's, a rule's, a family's): by severity when not waived, and waived. */
final class Tally {
    private final int[] counts = new int[4];
    private final Set<String> owners = new TreeSet<>();

    void add(Finding f) {
        counts[f.isWaived() ? 3 : f.getSeverity().ordinal()]++;
        owners.add(f.getOwner());
    }

    int error() {
        return counts[0];
    }

    int warning() {
        return counts[1];
    }

    int info() {
        return counts[2];
    }

    int waived() {
        return counts[3];
    }

    /** Not waived, of a severity. */
    int of(Severity s) {
        return counts[s.ordinal()];
    }

    /** Not waived. */
    int open() {
        return counts[0] + counts[1] + counts[2];
    }

    int total() {
        return counts[0] + counts[1] + counts[2] + counts[3];
    }

    /** error, warning, info, waived: as the report's columns. */
    int[] columns() {
        return counts.clone();
    }

    /** The agencies, plans … whose findings these are. */
    int owners() {
        return owners.size();
    }

    /** The classes a group carries so the severity filter can hide it: has-error, has-warning … */
    String classes() {
        StringBuilder b = new StringBuilder();
        String[] names = {"has-error", "has-warning", "has-info", "has-waived"};
        for (int i = 0; i < 4; i++) {
            if (counts[i] > 0) {
                b.append(b.length() == 0 ? "" : " ").append(names[i]);
            }
        }
        return b.toString();
    }

    /** The findings counted by a key (owner, rule, family), the keys sorted. */
    static Map<String, Tally> by(List<Finding> findings, Function<Finding, String> key) {
        Map<String, Tally> by = new TreeMap<>();
        findings.forEach(f -> by.computeIfAbsent(key.apply(f), k -> new Tally()).add(f));
        return by;
    }

    /** The keys by most errors, then warnings, info, waived; ties by key. */
    static List<String> sorted(Map<String, Tally> by) {
        Comparator<Map.Entry<String, Tally>> most = Comparator
                .comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().error())
                .thenComparingInt(e -> -e.getValue().warning())
                .thenComparingInt(e -> -e.getValue().info())
                .thenComparingInt(e -> -e.getValue().waived())
                .thenComparing(Map.Entry::getKey);
        List<String> keys = new ArrayList<>();
        by.entrySet().stream().sorted(most).forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    /** The first keys by most errors, then warnings, then info; a group with only waived findings is not ranked. */
    static List<String> ranked(Map<String, Tally> by, int limit) {
        return sorted(by).stream().filter(k -> by.get(k).open() > 0).limit(limit).toList();
    }

    /** The first keys by most findings not waived, then most errors, ties by key (the rules broken most often). */
    static List<String> mostFound(Map<String, Tally> by, int limit) {
        return by.entrySet().stream().filter(e -> e.getValue().open() > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().open())
                        .thenComparingInt(e -> -e.getValue().error()).thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
