package dxcheck.report;

import dxcheck.engine.RuleFamilies;
import dxcheck.engine.RuleInfo;
import dxcheck.load.Inputs;
import dxcheck.model.AgencyStatus;
import dxcheck.model.Finding;
import dxcheck.model.Plan;
import dxcheck.model.RuleFamily;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per agency, per plan and per jurisdiction: of the rules that apply, how many passed, by family. A rule applies to
 * an agency when its @subject is the agency or something it owns (system, service) and the agency reports a section
 * the family judges, as rules/families.yaml declares (or has a finding of the family); to a plan when its @subject is
 * the plan, a task or a target. A rule passes when it left no finding on that agency or plan that is not waived. Rules
 * without @subject and families declared {@code scorecard: false} (waivers) are left out. Whether a rule's own
 * conditions select the agency (e.g. STF-001 only judges the DX lead) is not known without running it, so such a rule
 * counts as applicable and passed.
 */
public record Scorecard(List<Row> jurisdictions, List<Row> agencies, List<Row> plans) {

    /** One agency, plan or jurisdiction: its score by family (sorted by family) and in all. */
    public record Row(String id, String name, String jurisdiction, Map<String, Score> families, Score total) {
    }

    /** Applicable rules and how many of them passed. */
    public record Score(int applicable, int passed) {
        static final Score NONE = new Score(0, 0);

        Score plus(Score o) {
            return new Score(applicable + o.applicable, passed + o.passed);
        }

        /** Passed in percent, one decimal; 100 when nothing applies. */
        public double percent() {
            return applicable == 0 ? 100.0 : Math.round(passed * 1000.0 / applicable) / 10.0;
        }
    }

    private static final Set<String> OWNED_BY_AGENCY = Set.of("agency", "system", "service");
    private static final Set<String> OWNED_BY_PLAN = Set.of("plan", "task", "target");

    public static Scorecard of(Inputs inputs, Collection<RuleInfo> rules, List<Finding> findings,
                               RuleFamilies declared) {
        Map<String, Set<String>> failedByOwner = new TreeMap<>();
        for (Finding f : findings) {
            if (!f.isWaived()) {
                failedByOwner.computeIfAbsent(f.getOwner(), k -> new HashSet<>()).add(f.getRule());
            }
        }
        Set<String> ownSystems = new HashSet<>();
        inputs.systems.forEach(s -> ownSystems.add(s.ownerId()));
        Set<String> ownServices = new HashSet<>();
        inputs.services.forEach(s -> ownServices.add(s.ownerId()));
        List<Row> agencies = new ArrayList<>();
        for (AgencyStatus a : sortedAgencies(inputs)) {
            Set<String> failed = failedByOwner.getOrDefault(a.id(), Set.of());
            Set<String> reported = reportedSections(a, ownSystems.contains(a.id()), ownServices.contains(a.id()));
            Set<String> families = new TreeSet<>();
            rules.forEach(r -> {
                String family = RuleFamily.of(r.id());
                if (declared.judges(family, reported)) {
                    families.add(family);
                }
            });
            failed.forEach(id -> families.add(RuleFamily.of(id)));
            agencies.add(row(a.id(), a.name(), a.jurisdiction(), rules, declared, OWNED_BY_AGENCY, families, failed));
        }
        List<Row> plans = new ArrayList<>();
        for (Plan p : inputs.plans.stream().sorted(java.util.Comparator.comparing(Plan::id)).toList()) {
            Set<String> failed = failedByOwner.getOrDefault(p.id(), Set.of());
            plans.add(row(p.id(), p.title(), p.jurisdiction(), rules, declared, OWNED_BY_PLAN, null, failed));
        }
        return new Scorecard(jurisdictions(agencies, plans, rules, declared, failedByOwner), agencies, plans);
    }

    private static List<AgencyStatus> sortedAgencies(Inputs inputs) {
        return inputs.agencies.stream().sorted(java.util.Comparator.comparing(AgencyStatus::id)).toList();
    }

    /** The sections of an agency's status it reports (RuleFamily.SECTIONS): its metadata always. */
    private static Set<String> reportedSections(AgencyStatus a, boolean ownsSystems, boolean ownsServices) {
        Set<String> f = new HashSet<>(List.of("metadata"));
        addIf(f, "head", a.head() != null);
        addIf(f, "staffing", a.staffing() != null);
        addIf(f, "informationSystems", ownsSystems);
        addIf(f, "onlineServices", a.servicesSummary() != null || ownsServices);
        addIf(f, "documents", a.documents() != null);
        addIf(f, "infrastructure", a.infrastructure() != null);
        addIf(f, "integration", a.integration() != null);
        return f;
    }

    private static void addIf(Set<String> set, String section, boolean reported) {
        if (reported) {
            set.add(section);
        }
    }

    /** families null means every family with a rule of those subjects. */
    private static Row row(String id, String name, String jurisdiction, Collection<RuleInfo> rules,
                           RuleFamilies declared, Set<String> subjects, Set<String> families, Set<String> failed) {
        Map<String, Score> byFamily = new TreeMap<>();
        for (RuleInfo r : rules) {
            String fam = RuleFamily.of(r.id());
            if (r.subject() == null || !subjects.contains(r.subject()) || !declared.scored(fam)
                    || (families != null && !families.contains(fam))) {
                continue;
            }
            byFamily.merge(fam, new Score(1, failed.contains(r.id()) ? 0 : 1), Score::plus);
        }
        return new Row(id, name, jurisdiction, byFamily, total(byFamily.values()));
    }

    private static List<Row> jurisdictions(List<Row> agencies, List<Row> plans, Collection<RuleInfo> rules,
                                           RuleFamilies declared, Map<String, Set<String>> failedByOwner) {
        Map<String, Map<String, Score>> byJurisdiction = new TreeMap<>();
        for (Row r : concat(agencies, plans)) {
            Map<String, Score> sum = byJurisdiction.computeIfAbsent(r.jurisdiction(), k -> new TreeMap<>());
            r.families().forEach((fam, s) -> sum.merge(fam, s, Score::plus));
        }
        List<Row> rows = new ArrayList<>();
        byJurisdiction.forEach((j, sum) -> {
            Row own = row(j, j, j, rules, declared, Set.of("jurisdiction"), null,
                    failedByOwner.getOrDefault(j, Set.of()));
            own.families().forEach((fam, s) -> sum.merge(fam, s, Score::plus));
            rows.add(new Row(j, j, j, sum, total(sum.values())));
        });
        return rows;
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        List<Row> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Score total(Collection<Score> scores) {
        return scores.stream().reduce(Score.NONE, Score::plus);
    }
}
