package dxcheck.bench;

import dxcheck.load.Inputs;
import dxcheck.model.AgencyStatus;
import dxcheck.model.Finding;
import dxcheck.model.InformationSystem;
import dxcheck.model.Policy;
import dxcheck.model.ServiceItem;
import dxcheck.model.ServiceSummary;
import dxcheck.model.Province;
import dxcheck.model.Threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The benchmark's baseline: the catalogue's checks written as one plain-Java pass over the same facts, making the same
 * decisions as the rules. Benchmark sources only, never in the shipped jar. {@link #count} only counts findings per rule
 * id; {@link #locate} makes the located findings and sorts them (the fair baseline, {@link PlainFindings}).
 *
 * <p>Covers 50 of the 55 rules: every per-agency, per-system, per-service, per-plan and per-task rule. Left out: PLN-008
 * (needs the derived current figures), POL-001 (judges provincial policies, not inputs) and WVR-001..003 (judge the
 * other findings).
 */
public final class PlainChecks {
    public static final Set<String> COVERED = Set.of("ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005",
            "ACC-006", "ACC-007", "ACC-008", "ACC-009", "ACC-010", "STF-001", "STF-002", "STF-003", "STF-004",
            "STF-005", "STF-006", "STF-007", "SEC-001", "SEC-002", "SEC-003", "SEC-004", "SEC-005", "SEC-006",
            "SVC-001", "SVC-002", "SVC-003", "SVC-004", "SVC-005", "SVC-006", "DOC-001", "DOC-002", "DOC-003",
            "INF-001", "INF-002", "INF-003", "INF-004", "INF-005", "INF-006", "INF-007", "LGV-001", "LGV-002",
            "LGV-003", "PLN-001", "PLN-002", "PLN-003", "PLN-004", "PLN-005", "PLN-006", "PLN-007", "PLN-009");

    private final Map<String, Threshold> t;
    private final LocalDate today;
    private final PlainFindings out;

    private PlainChecks(Policy policy, LocalDate today, PlainFindings out) {
        this.t = policy.thresholds();
        this.today = today;
        this.out = out;
    }

    /** Findings per rule id, counted only (the old baseline). */
    public static Map<String, Integer> count(Inputs in, Policy policy, LocalDate asOf, List<Object> knowledge) {
        PlainFindings.Counting c = new PlainFindings.Counting();
        new PlainChecks(policy, asOf, c).check(in, knowledge);
        return c.counts;
    }

    /** The findings, located and sorted (the fair baseline). */
    public static List<Finding> locate(Inputs in, Policy policy, LocalDate asOf, List<Object> knowledge) {
        PlainFindings.Located l = new PlainFindings.Located();
        new PlainChecks(policy, asOf, l).check(in, knowledge);
        return l.sorted();
    }

    private double num(String key) {
        return t.get(key).getNumber();
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** What the rules read of an agency's systems and items (the ServiceTally, and STF-006's level-3+ systems). */
    private static final class Agg {
        final List<String> level3Systems = new ArrayList<>();
        long items;
        long eligible;
        long eligibleFull;
        long fullItems;
        long partialItems;
        long onlineItems;
        long dossiersTotal;
        long dossiersOnline;
    }

    private void check(Inputs in, List<Object> knowledge) {
        Map<String, Agg> byAgency = new HashMap<>(in.agencies.size() * 2);
        for (AgencyStatus a : in.agencies) {
            byAgency.put(a.id(), new Agg());
        }
        Map<String, Province> provinces = new HashMap<>();
        knowledge.forEach(k -> {
            if (k instanceof Province p) {
                provinces.put(p.id(), p);
            }
        });
        systems(in, byAgency);
        services(in, byAgency);
        agencies(in, byAgency, provinces);
        new PlainPlans(t, today, out).check(in, byAgency.keySet(), knowledge);
    }

    private void systems(Inputs in, Map<String, Agg> byAgency) {
        double pub = num("security.minLevel.publicService");
        double pd = num("security.minLevel.personalData");
        Threshold approval = t.get("security.approvalDeadline");
        Threshold protection = t.get("security.protectionDeadline");
        Threshold max3 = t.get("security.level3.assessmentMaxMonths");
        Threshold max5 = t.get("security.level5.assessmentMaxMonths");
        for (InformationSystem s : in.systems) {
            Integer level = s.securityLevel();
            if (level == null) {
                out.add("SEC-001", s, "securityLevel", "system", s.id());
            } else if (level >= 3) {
                Agg g = byAgency.get(s.agencyId());
                if (g != null) {
                    g.level3Systems.add(s.id());
                }
            }
            if (!yes(s.levelApproved())) {
                out.add("SEC-002", s, "levelApproved", "system", s.id(), "level", level,
                        "deadline", approval.getDate(), "key", approval.key());
            }
            boolean publicService = yes(s.servesOnlinePublicServices()) || yes(s.citizenFacing())
                    && yes(s.processesPersonalData());
            if (level != null && (publicService && level < pub || yes(s.processesPersonalData()) && level < pd)) {
                boolean usePub = publicService && level < pub;
                out.add("SEC-003", s, "securityLevel", "system", s.id(), "level", level, "min", usePub ? pub : pd,
                        "key", usePub ? "security.minLevel.publicService" : "security.minLevel.personalData");
            }
            if (!yes(s.protectionPlanImplemented())) {
                out.add("SEC-004", s, "protectionPlanImplemented", "system", s.id(), "level", level,
                        "deadline", protection.getDate(), "key", protection.key());
            }
            assessment(s, level, max3, max5);
        }
    }

    private void assessment(InformationSystem s, Integer level, Threshold max3, Threshold max5) {
        if (level == null || level < 3) {
            return;
        }
        Threshold max = level == 5 ? max5 : max3;
        if (s.lastAssessment() == null) {
            out.add("SEC-005", s, "lastAssessment", "system", s.id(), "level", level, "max", max.getNumber(),
                    "key", max.key());
        } else if (s.lastAssessment().plusMonths(max.getNumber().longValue()).isBefore(today)) {
            out.add("SEC-005", s, "lastAssessment", "system", s.id(), "level", level, "last", s.lastAssessment(),
                    "due", s.lastAssessment().plusMonths(max.getNumber().longValue()), "max", max.getNumber(),
                    "key", max.key());
        }
    }

    private void services(Inputs in, Map<String, Agg> byAgency) {
        for (ServiceItem i : in.services) {
            boolean full = ServiceItem.FULL_PROCESS.equals(i.mode());
            boolean eligible = yes(i.fullProcessEligible());
            if (eligible && !full) {
                out.add("SVC-002", i, "mode", "code", i.code(), "mode", i.mode());
            }
            if (full && i.dossiersOnline() != null && i.dossiersOnline() == 0) {
                out.add("SVC-006", i, "dossiersOnline", "code", i.code());
            }
            Agg g = byAgency.get(i.agencyId());
            if (g == null) {
                continue;
            }
            if (i.dossiersOnline() != null && i.dossiersTotal() != null && i.dossiersOnline() > i.dossiersTotal()) {
                out.add("SVC-004", i.agencyId(), i, "dossiersOnline", "code", i.code(), "left", i.dossiersOnline(),
                        "right", i.dossiersTotal());
            }
            if (full && Boolean.FALSE.equals(i.fullProcessEligible())) {
                out.add("SVC-004", i.agencyId(), i, "fullProcessEligible", "code", i.code());
            }
            g.items++;
            g.eligible += eligible ? 1 : 0;
            g.eligibleFull += eligible && full ? 1 : 0;
            g.fullItems += full ? 1 : 0;
            g.partialItems += "partial".equals(i.mode()) ? 1 : 0;
            g.onlineItems += "offline".equals(i.mode()) ? 0 : 1;
            g.dossiersTotal += i.dossiersTotal() == null ? 0 : i.dossiersTotal();
            g.dossiersOnline += i.dossiersOnline() == null ? 0 : i.dossiersOnline();
        }
    }

    private void agencies(Inputs in, Map<String, Agg> byAgency, Map<String, Province> provinces) {
        Map<String, List<AgencyStatus>> byJurisdiction = new TreeMap<>();
        Map<String, AgencyStatus> byId = new HashMap<>();
        in.agencies.forEach(a -> byId.put(a.id(), a));
        for (AgencyStatus a : in.agencies) {
            byJurisdiction.computeIfAbsent(a.jurisdiction(), k -> new ArrayList<>()).add(a);
            Agg g = byAgency.get(a.id());
            new PlainAgency(a, t, out).check(g.level3Systems, byId, provinces);
            services(a, g);
        }
        signing(byJurisdiction);
    }

    private void services(AgencyStatus a, Agg g) {
        ServiceSummary s = a.servicesSummary();
        Threshold full = t.get("services.fullProcessPercent.min");
        Threshold dossiers = t.get("services.onlineDossiersPercent.min");
        if (s != null && s.fullProcessEligible() != null && s.fullProcessEligible() > 0 && s.fullProcess() != null
                && full.getNumber() > s.fullProcess() * 100.0 / s.fullProcessEligible()) {
            out.add("SVC-001", a, "spec.onlineServices.summary.fullProcess", "fullProcess", s.fullProcess(),
                    "eligible", s.fullProcessEligible(), "actual", s.fullProcess() * 100.0 / s.fullProcessEligible(),
                    "min", full.getNumber(), "year", full.year(), "key", full.key());
        }
        if ((s == null || s.fullProcessEligible() == null || s.fullProcess() == null) && g.eligible > 0
                && full.getNumber() > g.eligibleFull * 100.0 / g.eligible) {
            out.add("SVC-001", a, "spec.onlineServices.items", "fullProcess", g.eligibleFull, "eligible", g.eligible,
                    "actual", g.eligibleFull * 100.0 / g.eligible, "min", full.getNumber(), "year", full.year(),
                    "key", full.key());
        }
        if (s != null && s.dossiersTotal() != null && s.dossiersTotal() > 0 && s.dossiersOnline() != null
                && dossiers.getNumber() > s.dossiersOnline() * 100.0 / s.dossiersTotal()) {
            out.add("SVC-003", a, "spec.onlineServices.summary.dossiersOnline", "online", s.dossiersOnline(),
                    "total", s.dossiersTotal(), "actual", s.dossiersOnline() * 100.0 / s.dossiersTotal(),
                    "min", dossiers.getNumber(), "year", dossiers.year(), "key", dossiers.key());
        }
        if ((s == null || s.dossiersTotal() == null || s.dossiersOnline() == null) && g.dossiersTotal > 0
                && dossiers.getNumber() > g.dossiersOnline * 100.0 / g.dossiersTotal) {
            out.add("SVC-003", a, "spec.onlineServices.items", "online", g.dossiersOnline, "total", g.dossiersTotal,
                    "actual", g.dossiersOnline * 100.0 / g.dossiersTotal, "min", dossiers.getNumber(),
                    "year", dossiers.year(), "key", dossiers.key());
        }
        if (s != null) {
            contradictions(a, s, g);
        }
        boolean offersOnline = s != null && (s.fullProcess() != null && s.fullProcess() > 0
                || s.partial() != null && s.partial() > 0) || g.onlineItems > 0;
        Threshold portal = t.get("services.nationalPortal.required");
        if (yes(portal.getFlag()) && offersOnline && (a.integration() == null
                || !yes(a.integration().nationalPublicServicePortalConnected()))) {
            out.add("SVC-005", a, "spec.integration.nationalPublicServicePortalConnected", "actual",
                    a.integration() == null ? null : a.integration().nationalPublicServicePortalConnected(),
                    "year", portal.year(), "key", portal.key());
        }
        Threshold population = t.get("integration.populationDatabase.required");
        if (yes(population.getFlag()) && offersOnline && (a.integration() == null
                || !yes(a.integration().nationalPopulationDatabaseConnected()))) {
            out.add("INF-006", a, "spec.integration.nationalPopulationDatabaseConnected", "actual",
                    a.integration() == null ? null : a.integration().nationalPopulationDatabaseConnected(),
                    "year", population.year(), "key", population.key());
        }
    }

    /** SVC-004: figures of the summary that exceed their bound, within it and against the items. */
    private void contradictions(AgencyStatus a, ServiceSummary s, Agg g) {
        if (s.fullProcess() != null && s.fullProcessEligible() != null && s.fullProcess() > s.fullProcessEligible()) {
            out.add("SVC-004", a, "spec.onlineServices.summary.fullProcess", "left", s.fullProcess(),
                    "right", s.fullProcessEligible());
        }
        if (s.fullProcessEligible() != null && s.total() != null && s.fullProcessEligible() > s.total()) {
            out.add("SVC-004", a, "spec.onlineServices.summary.fullProcessEligible", "left", s.fullProcessEligible(),
                    "right", s.total());
        }
        int online = (s.fullProcess() == null ? 0 : s.fullProcess()) + (s.partial() == null ? 0 : s.partial());
        if (s.total() != null && (s.fullProcess() != null || s.partial() != null) && online > s.total()) {
            out.add("SVC-004", a, "spec.onlineServices.summary.partial", "left", online, "right", s.total());
        }
        if (s.dossiersOnline() != null && s.dossiersTotal() != null && s.dossiersOnline() > s.dossiersTotal()) {
            out.add("SVC-004", a, "spec.onlineServices.summary.dossiersOnline", "left", s.dossiersOnline(),
                    "right", s.dossiersTotal());
        }
        exceeds(a, "total", s.total(), g.items);
        exceeds(a, "fullProcessEligible", s.fullProcessEligible(), g.eligible);
        exceeds(a, "fullProcess", s.fullProcess(), g.fullItems);
        exceeds(a, "partial", s.partial(), g.partialItems);
        exceeds(a, "dossiersTotal", s.dossiersTotal(), g.dossiersTotal);
        exceeds(a, "dossiersOnline", s.dossiersOnline(), g.dossiersOnline);
    }

    private void exceeds(AgencyStatus a, String figure, Number summary, long items) {
        if (summary != null && items > summary.longValue()) {
            out.add("SVC-004", a, "spec.onlineServices.summary." + figure, "left", items, "right", summary);
        }
    }

    /** ACC-005: the share of heads signing digitally, per jurisdiction. */
    private void signing(Map<String, List<AgencyStatus>> byJurisdiction) {
        Threshold min = t.get("accountability.headsDigitalSignature.minPercent");
        byJurisdiction.forEach((j, agencies) -> {
            int signing = 0;
            AgencyStatus first = null;
            AgencyStatus firstCommittee = null;
            for (AgencyStatus a : agencies) {
                signing += a.head() != null && yes(a.head().usesDigitalSignature()) ? 1 : 0;
                first = first == null || a.id().compareTo(first.id()) < 0 ? a : first;
                if ("province".equals(a.level()) && a.isPeopleCommittee()
                        && (firstCommittee == null || a.id().compareTo(firstCommittee.id()) < 0)) {
                    firstCommittee = a;
                }
            }
            double actual = signing * 100.0 / agencies.size();
            if (min.getNumber() > actual) {
                out.add("ACC-005", j, firstCommittee != null ? firstCommittee : first, "metadata.agency.jurisdiction",
                        "signing", (long) signing, "total", (long) agencies.size(), "actual", actual,
                        "min", min.getNumber(), "key", min.key());
            }
        });
    }
}
