package dxcheck.bench;

import dxcheck.model.Finding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules' findings against the plain-Java baseline's, for the rules it covers: the number per rule id, and each
 * finding by rule, subject and place (file, line, column) — a baseline that decided differently would not be a fair
 * measure.
 */
final class BaselineComparison {
    private final Map<String, Integer> drools = new TreeMap<>();
    private final Map<String, Integer> counted;
    private final int locatedDiffering;

    BaselineComparison(List<Finding> findings, Map<String, Integer> counted, List<Finding> located) {
        this.counted = counted;
        Map<String, Integer> places = new HashMap<>();
        for (Finding f : findings) {
            if (PlainChecks.COVERED.contains(f.getRule())) {
                drools.merge(f.getRule(), 1, Integer::sum);
                places.merge(place(f), 1, Integer::sum);
            }
        }
        for (Finding f : located) {
            places.merge(place(f), -1, Integer::sum);
        }
        this.locatedDiffering = places.values().stream().mapToInt(Math::abs).sum();
    }

    private static String place(Finding f) {
        return f.getRule() + "|" + f.getSubject() + "|" + f.getLocation();
    }

    int rulesDiffering() {
        int n = 0;
        for (String id : PlainChecks.COVERED) {
            n += drools.getOrDefault(id, 0).equals(counted.getOrDefault(id, 0)) ? 0 : 1;
        }
        return n;
    }

    int locatedDiffering() {
        return locatedDiffering;
    }

    String perRule() {
        StringBuilder b = new StringBuilder();
        for (String id : new TreeSet<>(PlainChecks.COVERED)) {
            int d = drools.getOrDefault(id, 0);
            int p = counted.getOrDefault(id, 0);
            if (d != p) {
                b.append(String.format(Locale.ROOT, "  %-8s drools %7d  plain %7d  DIFFERENT%n", id, d, p));
            }
        }
        return b.toString();
    }
}
