package dxcheck.bench;

import dxcheck.load.Inputs;
import dxcheck.model.AgencyStatus;
import dxcheck.model.InformationSystem;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.Policy;
import dxcheck.model.ServiceItem;
import dxcheck.model.ServiceSummary;
import dxcheck.model.Staffing;
import dxcheck.model.Threshold;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The benchmark's baseline: the catalogue checks written as one plain-Java pass over the same facts, counting findings
 * per rule id (no messages, no locations: the cheapest honest version of the same decisions). Benchmark sources only,
 * never in the shipped jar.
 *
 * <p>Covers 45 of the 49 rules, every per-agency, per-system, per-service and per-plan rule:
 * ACC-001..010, STF-001..007, SEC-001..006, SVC-001..006, DOC-001..002, INF-001..005, LGV-001, PLN-001..007, PLN-009.
 * Left out: PLN-008 (needs the derived current figures) and WVR-001..003 (judge the other findings).
 */
public final class PlainChecks {
    public static final Set<String> COVERED = Set.of("ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005",
            "ACC-006", "ACC-007", "ACC-008", "ACC-009", "ACC-010", "STF-001", "STF-002", "STF-003", "STF-004",
            "STF-005", "STF-006", "STF-007", "SEC-001", "SEC-002", "SEC-003", "SEC-004", "SEC-005", "SEC-006",
            "SVC-001", "SVC-002", "SVC-003", "SVC-004", "SVC-005", "SVC-006", "DOC-001", "DOC-002", "INF-001",
            "INF-002", "INF-003", "INF-004", "INF-005", "LGV-001", "PLN-001", "PLN-002", "PLN-003", "PLN-004",
            "PLN-005", "PLN-006", "PLN-007", "PLN-009");

    private final Map<String, Threshold> t;
    private final LocalDate today;
    private final Map<String, Integer> counts = new TreeMap<>();

    private PlainChecks(Policy policy, LocalDate today) {
        this.t = policy.thresholds();
        this.today = today;
    }

    /** Findings per rule id. */
    public static Map<String, Integer> run(Inputs in, Policy policy, LocalDate asOf) {
        PlainChecks c = new PlainChecks(policy, asOf);
        c.check(in);
        return c.counts;
    }

    private void add(String rule) {
        counts.merge(rule, 1, Integer::sum);
    }

    private double num(String key) {
        return t.get(key).getNumber();
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** Per-agency aggregates of its systems and items, computed in one pass over each list. */
    private static final class Agg {
        int level3Systems;
        int items;
        int eligible;
        int eligibleFull;
        int fullItems;
        long dossiersTotal;
        long dossiersOnline;
        boolean onlineItem;
    }

    private void check(Inputs in) {
        Map<String, Agg> byAgency = new HashMap<>(in.agencies.size() * 2);
        Set<String> agencyIds = new HashSet<>(in.agencies.size() * 2);
        for (AgencyStatus a : in.agencies) {
            byAgency.put(a.id(), new Agg());
            agencyIds.add(a.id());
        }
        double pub = num("security.minLevel.publicService");
        double pd = num("security.minLevel.personalData");
        LocalDate approval = t.get("security.approvalDeadline").getDate();
        double max3 = num("security.level3.assessmentMaxMonths");
        double max5 = num("security.level5.assessmentMaxMonths");
        for (InformationSystem s : in.systems) {
            Integer level = s.securityLevel();
            if (level == null) {
                add("SEC-001");
                continue;
            }
            if (level >= 3) {
                Agg g = byAgency.get(s.agencyId());
                if (g != null) {
                    g.level3Systems++;
                }
            }
            if (!yes(s.levelApproved())) {
                add("SEC-002");
            }
            boolean publicService = yes(s.servesOnlinePublicServices()) || yes(s.citizenFacing())
                    && yes(s.processesPersonalData());
            if (publicService && level < pub || yes(s.processesPersonalData()) && level < pd) {
                add("SEC-003");
            }
            if (!yes(s.protectionPlanImplemented())) {
                add("SEC-004");
            }
            if (level >= 3 && level <= 4 && (s.lastAssessment() == null
                    || ChronoUnit.MONTHS.between(s.lastAssessment(), today) > max3)) {
                add("SEC-005");
            }
            if (level == 5 && (s.lastAssessment() == null
                    || ChronoUnit.MONTHS.between(s.lastAssessment(), today) > max5)) {
                add("SEC-005");
            }
        }
        for (ServiceItem i : in.services) {
            boolean full = ServiceItem.FULL_PROCESS.equals(i.mode());
            if (yes(i.fullProcessEligible()) && !full) {
                add("SVC-002");
            }
            if (full && i.dossiersOnline() != null && i.dossiersOnline() == 0) {
                add("SVC-006");
            }
            boolean over = i.dossiersOnline() != null && i.dossiersTotal() != null
                    && i.dossiersOnline() > i.dossiersTotal();
            Agg g = byAgency.get(i.agencyId());
            if (g == null) {
                continue;
            }
            if (over) {
                add("SVC-004");
            }
            g.items++;
            if (yes(i.fullProcessEligible())) {
                g.eligible++;
                if (full) {
                    g.eligibleFull++;
                }
            }
            if (full) {
                g.fullItems++;
            }
            if (i.dossiersTotal() != null) {
                g.dossiersTotal += i.dossiersTotal();
            }
            if (i.dossiersOnline() != null) {
                g.dossiersOnline += i.dossiersOnline();
            }
            if (!"offline".equals(i.mode())) {
                g.onlineItem = true;
            }
        }
        agencies(in, byAgency);
        plans(in, agencyIds);
    }

    private void agencies(Inputs in, Map<String, Agg> byAgency) {
        LocalDate twoLevel = t.get("localGovernment.twoLevelFrom").getDate();
        LocalDate teamsFrom = t.get("staffing.commune.communityTeamsFrom").getDate();
        double fullMin = num("services.fullProcessPercent.min");
        double dossierMin = num("services.onlineDossiersPercent.min");
        Map<String, int[]> signing = new TreeMap<>();
        for (AgencyStatus a : in.agencies) {
            Agg g = byAgency.get(a.id());
            boolean pc = a.isPeopleCommittee();
            boolean commune = "commune".equals(a.level());
            boolean district = "district".equals(a.level());
            boolean province = "province".equals(a.level());
            int[] js = signing.computeIfAbsent(a.jurisdiction(), k -> new int[2]);
            js[0]++;
            if (a.head() != null && yes(a.head().usesDigitalSignature())) {
                js[1]++;
            }
            // ACC
            if (a.head() == null || a.head().name() == null || a.head().position() == null) {
                add("ACC-001");
            }
            if (a.head() != null) {
                if (!yes(a.head().designatedAccountable())) {
                    add("ACC-002");
                }
                if (!yes(a.head().usesDigitalSignature())) {
                    add("ACC-003");
                }
                if (!yes(a.head().processesWorkOnline())) {
                    add("ACC-004");
                }
            }
            // STF
            Staffing st = a.staffing();
            if (st == null) {
                add("STF-007");
            } else {
                if (a.hasRole(AgencyStatus.DX_LEAD) && st.dedicatedDxStaff() < num("staffing.dxLead.minDedicated")) {
                    add("STF-001");
                }
                if (district && pc && a.asOf().isBefore(twoLevel)
                        && st.dedicatedDxStaff() < num("staffing.district.minDedicated")) {
                    add("STF-002");
                }
                if (commune && pc) {
                    if (st.dedicatedDxStaff() + st.concurrentDxStaff() < num("staffing.commune.minTotal")) {
                        add("STF-003");
                    }
                    if (yes(t.get("staffing.commune.concurrentOnlyWarns").getFlag()) && st.dedicatedDxStaff() == 0
                            && st.concurrentDxStaff() > 0) {
                        add("STF-004");
                    }
                    if (!a.asOf().isBefore(teamsFrom)
                            && st.communityDigitalTeams() < num("staffing.commune.minCommunityTeams")) {
                        add("STF-005");
                    }
                }
            }
            if ((st == null || st.securityStaff() < num("staffing.security.minWhenLevel3")) && g.level3Systems > 0) {
                add("STF-006");
            }
            // SVC
            ServiceSummary s = a.servicesSummary();
            if (s != null && s.fullProcessEligible() != null && s.fullProcessEligible() > 0 && s.fullProcess() != null
                    && fullMin > s.fullProcess() * 100.0 / s.fullProcessEligible()) {
                add("SVC-001");
            }
            if ((s == null || s.fullProcessEligible() == null || s.fullProcess() == null) && g.eligible > 0
                    && fullMin > g.eligibleFull * 100.0 / g.eligible) {
                add("SVC-001");
            }
            if (s != null && s.dossiersTotal() != null && s.dossiersTotal() > 0 && s.dossiersOnline() != null
                    && dossierMin > s.dossiersOnline() * 100.0 / s.dossiersTotal()) {
                add("SVC-003");
            }
            if ((s == null || s.dossiersTotal() == null || s.dossiersOnline() == null) && g.dossiersTotal > 0
                    && dossierMin > g.dossiersOnline * 100.0 / g.dossiersTotal) {
                add("SVC-003");
            }
            if (s != null) {
                if (s.fullProcess() != null && s.fullProcessEligible() != null
                        && s.fullProcess() > s.fullProcessEligible()) {
                    add("SVC-004");
                }
                if (s.fullProcess() != null && s.partial() != null && s.total() != null
                        && s.fullProcess() + s.partial() > s.total()) {
                    add("SVC-004");
                }
                if (s.dossiersOnline() != null && s.dossiersTotal() != null && s.dossiersOnline() > s.dossiersTotal()) {
                    add("SVC-004");
                }
                if (s.fullProcess() != null && g.fullItems > s.fullProcess()) {
                    add("SVC-004");
                }
                if (s.total() != null && g.items > s.total()) {
                    add("SVC-004");
                }
            }
            boolean offersOnline = s != null && (s.fullProcess() != null && s.fullProcess() > 0
                    || s.partial() != null && s.partial() > 0) || g.onlineItem;
            if ((a.integration() == null || !yes(a.integration().nationalPublicServicePortalConnected()))
                    && offersOnline) {
                add("SVC-005");
            }
            // DOC
            if (a.documents() != null) {
                Double e = a.documents().exchangedElectronicallyPercent();
                if (e != null && num("documents.exchangedElectronically.minPercent") > e) {
                    add("DOC-001");
                }
                Double d = a.documents().digitallySignedPercent();
                if (d != null && num("documents.digitallySigned.minPercent") > d) {
                    add("DOC-002");
                }
            }
            // INF
            if (a.infrastructure() != null) {
                if (!yes(a.infrastructure().portal())) {
                    add("INF-001");
                }
                if (pc && (commune || district && a.asOf().isBefore(twoLevel))
                        && !yes(a.infrastructure().videoConferenceEndpoint())) {
                    add("INF-002");
                }
                Double b = a.infrastructure().broadbandCoveragePercent();
                if (pc && (province || commune) && b != null && num("infrastructure.broadband.minPercent") > b) {
                    add("INF-003");
                }
                Double m = a.infrastructure().mobileCoveragePercent();
                if (m != null && num("infrastructure.mobile.minPercent") > m) {
                    add("INF-004");
                }
            }
            if ((pc && province || a.hasRole(AgencyStatus.DX_LEAD))
                    && (a.integration() == null || !yes(a.integration().lgspConnected()))) {
                add("INF-005");
            }
            if (district && !a.asOf().isBefore(twoLevel)) {
                add("LGV-001");
            }
        }
        double minSigning = num("accountability.headsDigitalSignature.minPercent");
        for (int[] js : signing.values()) {
            if (minSigning > js[1] * 100.0 / js[0]) {
                add("ACC-005");
            }
        }
    }

    private void plans(Inputs in, Set<String> agencyIds) {
        Set<String> jurisdictions = new HashSet<>();
        in.agencies.forEach(a -> jurisdictions.add(a.jurisdiction()));
        Map<String, Plan> plans = new HashMap<>();
        List<String> roles = t.get("accountability.steeringHeadRoles").getList();
        List<String> pillars = t.get("plan.requiredPillars").getList();
        List<String> sectors = t.get("plan.requiredPrioritySectors").getList();
        List<String> indicators = t.get("plan.requiredIndicators").getList();
        Map<String, Set<String>> lastYearTargets = new HashMap<>();
        for (PlanTarget x : in.targets) {
            lastYearTargets.computeIfAbsent(x.planId(), k -> new HashSet<>()).add(x.indicator() + "@" + x.year());
        }
        for (Plan p : in.plans) {
            plans.put(p.id(), p);
            String role = p.steeringCommittee() == null || p.steeringCommittee().head() == null ? null
                    : p.steeringCommittee().head().role();
            if (role == null || !roles.contains(role)) {
                add("ACC-006");
            }
            if (!yes(p.headsAccountable())) {
                add("ACC-007");
            }
            if (!yes(p.securityCommitment())) {
                add("SEC-006");
            }
            var per = p.period();
            if (per == null || per.from() == null || per.to() == null || per.from() > per.to()
                    || per.visionTo() != null && per.visionTo() < per.to()) {
                add("PLN-001");
            }
            if (!p.pillars().containsAll(pillars)) {
                add("PLN-002");
            }
            if (!p.prioritySectors().containsAll(sectors)) {
                add("PLN-003");
            }
            if (per != null && per.to() != null) {
                Set<String> have = lastYearTargets.getOrDefault(p.id(), Set.of());
                for (String i : indicators) {
                    if (!have.contains(i + "@" + per.to())) {
                        add("PLN-005");
                    }
                }
            }
            if (p.budget() == null || p.budget().amount() == null || p.budget().amount() <= 0) {
                add("PLN-007");
            }
            if ("adopted".equals(p.status()) && (p.adoptedBy() == null || p.adoptedOn() == null)) {
                add("PLN-009");
            }
        }
        for (PlanTask k : in.tasks) {
            if (k.owner() == null) {
                add("ACC-008");
            } else if (jurisdictions.contains(k.jurisdiction()) && !agencyIds.contains(k.owner())) {
                add("ACC-009");
            }
            Plan p = plans.get(k.planId());
            if (p != null) {
                var per = p.period();
                if (k.deadline() == null || per != null && per.from() != null && per.to() != null
                        && (k.deadline().getYear() < per.from() || k.deadline().getYear() > per.to())) {
                    add("ACC-010");
                }
            }
        }
        double evaluationYear = num("evaluationYear");
        Map<String, List<PlanTarget>> series = new HashMap<>();
        for (PlanTarget x : in.targets) {
            if (x.year() >= evaluationYear) {
                Threshold min = t.get("plan.minTargets." + x.indicator());
                if (min != null && min.getNumber() != null && min.getNumber() > x.value()) {
                    add("PLN-004");
                }
            }
            series.computeIfAbsent(x.planId() + "\u0000" + x.indicator(), k -> new java.util.ArrayList<>()).add(x);
        }
        for (List<PlanTarget> s : series.values()) {
            for (PlanTarget x : s) {
                for (PlanTarget e : s) {
                    if (e.year() < x.year() && e.value() > x.value()) {
                        add("PLN-006");
                        break;
                    }
                }
            }
        }
    }
}
