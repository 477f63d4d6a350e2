package dxcheck.bench;

import dxcheck.load.Inputs;
import dxcheck.model.Covers;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.Threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plain-Java baseline's checks of plans, their targets and tasks: ACC-006..010, SEC-006, PLN (but PLN-008). */
final class PlainPlans {
    private final Map<String, Threshold> t;
    private final PlainFindings out;

    PlainPlans(Map<String, Threshold> t, LocalDate today, PlainFindings out) {
        this.t = t;
        this.out = out;
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    void check(Inputs in, Set<String> agencyIds, List<Object> knowledge) {
        Map<String, Set<String>> covered = new HashMap<>();
        knowledge.forEach(k -> {
            if (k instanceof Covers c) {
                covered.computeIfAbsent(c.covered(), x -> new HashSet<>()).add(c.term());
            }
        });
        Map<String, Set<String>> targetsByPlan = new HashMap<>();
        for (PlanTarget x : in.targets) {
            targetsByPlan.computeIfAbsent(x.planId(), k -> new HashSet<>()).add(x.indicator() + "@" + x.year());
        }
        Map<String, Plan> plans = new HashMap<>();
        for (Plan p : in.plans) {
            plans.put(p.id(), p);
            plan(p, covered, targetsByPlan.getOrDefault(p.id(), Set.of()));
        }
        Set<String> jurisdictions = new HashSet<>();
        in.agencies.forEach(a -> jurisdictions.add(a.jurisdiction()));
        for (PlanTask k : in.tasks) {
            task(k, plans.get(k.planId()), jurisdictions, agencyIds);
        }
        targets(in.targets);
    }

    private void plan(Plan p, Map<String, Set<String>> covered, Set<String> targets) {
        List<String> roles = t.get("accountability.steeringHeadRoles").getList();
        String role = p.steeringCommittee() == null || p.steeringCommittee().head() == null ? null
                : p.steeringCommittee().head().role();
        if (role == null) {
            out.add("ACC-006", p, "spec.steeringCommittee.head.role", "allowed", roles,
                    "key", "accountability.steeringHeadRoles");
        } else if (!roles.contains(role)) {
            out.add("ACC-006", p, "spec.steeringCommittee.head.role", "actual", role, "allowed", roles,
                    "key", "accountability.steeringHeadRoles");
        }
        if (!yes(p.headsAccountable())) {
            out.add("ACC-007", p, "spec.headsAccountable", "actual", p.headsAccountable());
        }
        if (!yes(p.securityCommitment())) {
            out.add("SEC-006", p, "spec.securityCommitment", "actual", p.securityCommitment());
        }
        period(p, targets);
        missing(p, "PLN-002", "spec.pillars", "plan.requiredPillars", p.pillars(), Map.of());
        missing(p, "PLN-003", "spec.prioritySectors", "plan.requiredPrioritySectors", p.prioritySectors(), covered);
        if (p.budget() == null || p.budget().amount() == null) {
            out.add("PLN-007", p, "spec.budget.amount");
        } else if (p.budget().amount() <= 0) {
            out.add("PLN-007", p, "spec.budget.amount", "actual", p.budget().amount());
        }
        if ("adopted".equals(p.status()) && (p.adoptedBy() == null || p.adoptedOn() == null)) {
            List<String> missing = new ArrayList<>();
            if (p.adoptedBy() == null) {
                missing.add("metadata.adoptedBy");
            }
            if (p.adoptedOn() == null) {
                missing.add("metadata.adoptedOn");
            }
            out.add("PLN-009", p, "metadata.status", "status", p.status(), "missing", missing);
        }
    }

    private void period(Plan p, Set<String> targets) {
        var per = p.period();
        if (per == null || per.from() == null || per.to() == null) {
            out.add("PLN-001", p, "spec.period");
            return;
        }
        if (per.from() > per.to() || per.visionTo() != null && per.visionTo() < per.to()) {
            out.add("PLN-001", p, "spec.period", "from", per.from(), "to", per.to(), "visionTo", per.visionTo());
        }
        for (String i : t.get("plan.requiredIndicators").getList()) {
            if (!targets.contains(i + "@" + per.to())) {
                out.add("PLN-005", p, "spec.targets", "indicator", i, "year", per.to(), "key", "plan.requiredIndicators");
            }
        }
    }

    /** The required values a plan's list lacks (a combined value the list names covers those it combines). */
    private void missing(Plan p, String rule, String field, String key, List<String> have,
                         Map<String, Set<String>> covered) {
        List<String> missing = new ArrayList<>();
        for (String x : t.get(key).getList()) {
            if (!have.contains(x) && covered.getOrDefault(x, Set.of()).stream().noneMatch(have::contains)) {
                missing.add(x);
            }
        }
        if (!missing.isEmpty()) {
            out.add(rule, p, field, "missing", missing, "key", key);
        }
    }

    private void task(PlanTask k, Plan p, Set<String> jurisdictions, Set<String> agencyIds) {
        if (k.owner() == null) {
            out.add("ACC-008", k, "owner", "task", k.id());
        } else if (jurisdictions.contains(k.jurisdiction()) && !agencyIds.contains(k.owner())) {
            out.add("ACC-009", k, "owner", "task", k.id(), "owner", k.owner(), "jurisdiction", k.jurisdiction());
        }
        if (p == null) {
            return;
        }
        var per = p.period();
        if (k.deadline() == null) {
            out.add("ACC-010", k, "deadline", "task", k.id());
        } else if (per != null && per.from() != null && per.to() != null
                && (k.deadline().getYear() < per.from() || k.deadline().getYear() > per.to())) {
            out.add("ACC-010", k, "deadline", "task", k.id(), "deadline", k.deadline(), "from", per.from(),
                    "to", per.to());
        }
    }

    private void targets(List<PlanTarget> all) {
        double evaluationYear = t.get("evaluationYear").getNumber();
        Map<String, List<PlanTarget>> series = new HashMap<>();
        for (PlanTarget x : all) {
            Threshold min = t.get("plan.minTargets." + x.indicator());
            if (x.year() >= evaluationYear && min != null && min.getNumber() != null && min.getNumber() > x.value()) {
                out.add("PLN-004", x, "value", "indicator", x.indicator(), "year", x.year(), "actual", x.value(),
                        "min", min.getNumber(), "key", min.key());
            }
            series.computeIfAbsent(x.planId() + "\u0000" + x.indicator(), k -> new ArrayList<>()).add(x);
        }
        for (List<PlanTarget> s : series.values()) {
            for (PlanTarget x : s) {
                PlanTarget highest = null; // the highest earlier value, at its earliest year
                for (PlanTarget e : s) {
                    if (e.year() < x.year() && e.value() > x.value() && (highest == null || e.value() > highest.value()
                            || e.value() == highest.value() && e.year() < highest.year())) {
                        highest = e;
                    }
                }
                if (highest != null) {
                    out.add("PLN-006", x, "value", "indicator", x.indicator(), "year", x.year(), "actual", x.value(),
                            "earlier", highest.value(), "earlierYear", highest.year());
                }
            }
        }
    }
}
