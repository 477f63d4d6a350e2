package dxcheck.ruletest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which cases exercise each rule: those that expect it to fire, and those that state it must not. A rule lacking
 * either has a gap that fails the run.
 */
public record Coverage(Map<String, List<String>> firing, Map<String, List<String>> quiet) {

    public static Coverage of(Collection<String> ruleIds, Collection<RuleCase> cases) {
        Map<String, List<String>> firing = new TreeMap<>();
        Map<String, List<String>> quiet = new TreeMap<>();
        for (String id : ruleIds) {
            firing.put(id, new ArrayList<>());
            quiet.put(id, new ArrayList<>());
        }
        for (RuleCase c : cases) {
            c.expect().stream().map(Expectation::rule).distinct()
                    .forEach(r -> firing.computeIfAbsent(r, k -> new ArrayList<>()).add(c.name()));
            c.expectNot().stream().map(Expectation::rule).distinct()
                    .forEach(r -> quiet.computeIfAbsent(r, k -> new ArrayList<>()).add(c.name()));
        }
        return new Coverage(firing, quiet);
    }

    public Set<String> withoutFiringCase() {
        return missing(firing);
    }

    public Set<String> withoutQuietCase() {
        return missing(quiet);
    }

    public boolean complete() {
        return withoutFiringCase().isEmpty() && withoutQuietCase().isEmpty();
    }

    private static Set<String> missing(Map<String, List<String>> m) {
        Set<String> out = new TreeSet<>();
        m.forEach((id, cases) -> {
            if (cases.isEmpty()) {
                out.add(id);
            }
        });
        return out;
    }
}
