package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a check over several provinces is split (issue 16): which rules run once over all provinces, in the national
 * pass ("package/name"), and the types of the facts they match (simple names), which that pass is given; the other
 * rules run in each province's session. possible is false when a rule does what only one session can (a national rule
 * inserting facts other than findings, agenda groups, …; see {@link RuleScope}): then the check runs in one session.
 * Read from the DRL when the rules are compiled.
 */
public record Partitioning(Set<String> nationalRules, Set<String> nationalTypes, boolean possible)
        implements Serializable {

    static Partitioning of(List<ParsedRule> parsed) {
        RuleScope.Reading reading = RuleScope.read(parsed);
        Set<String> rules = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        reading.verdicts().forEach((rule, v) -> {
            if (v.national()) {
                rules.add(rule.key());
                types.addAll(v.types());
            }
        });
        return new Partitioning(rules, types, reading.splittable());
    }

    /** Whether the national pass reads findings (then the findings are those its session ends with). */
    boolean nationalReadsFindings() {
        return readByNationalRules(dxcheck.model.Finding.class);
    }

    /** Whether the national pass matches facts of this class (by its own simple name or a supertype's). */
    boolean readByNationalRules(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (nationalTypes.contains(c.getSimpleName())) {
                return true;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (nationalTypes.contains(i.getSimpleName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
