package dxcheck.bench;

import dxcheck.model.AgencyStatus;
import dxcheck.model.Head;
import dxcheck.model.Province;
import dxcheck.model.Staffing;
import dxcheck.model.Threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plain-Java baseline's checks of one agency on its own: ACC-001..004, STF, DOC, INF (but INF-006), LGV. */
final class PlainAgency {
    private final AgencyStatus a;
    private final Map<String, Threshold> t;
    private final PlainFindings out;
    private final boolean pc;
    private final LocalDate twoLevel;

    PlainAgency(AgencyStatus a, Map<String, Threshold> t, PlainFindings out) {
        this.a = a;
        this.t = t;
        this.out = out;
        this.pc = a.isPeopleCommittee();
        this.twoLevel = t.get("localGovernment.twoLevelFrom").getDate();
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private boolean level(String l) {
        return l.equals(a.level());
    }

    private double num(String key) {
        return t.get(key).getNumber();
    }

    void check(List<String> level3Systems, Map<String, AgencyStatus> byId, Map<String, Province> provinces) {
        head();
        staffing(level3Systems);
        documents();
        infrastructure();
        localGovernment(byId, provinces);
    }

    private void head() {
        Head h = a.head();
        if (h == null) {
            out.add("ACC-001", a, "spec.head");
            return;
        }
        List<String> missing = new ArrayList<>();
        if (h.name() == null || h.name().isBlank()) {
            missing.add("spec.head.name");
        }
        if (h.position() == null || h.position().isBlank()) {
            missing.add("spec.head.position");
        }
        if (!missing.isEmpty()) {
            out.add("ACC-001", a, missing.get(0), "missing", missing);
        }
        if (!yes(h.designatedAccountable())) {
            out.add("ACC-002", a, "spec.head.designatedAccountable", "actual", h.designatedAccountable());
        }
        if (!yes(h.usesDigitalSignature())) {
            out.add("ACC-003", a, "spec.head.usesDigitalSignature", "actual", h.usesDigitalSignature());
        }
        if (!yes(h.processesWorkOnline())) {
            out.add("ACC-004", a, "spec.head.processesWorkOnline", "actual", h.processesWorkOnline());
        }
    }

    private void staffing(List<String> level3Systems) {
        Staffing st = a.staffing();
        double security = num("staffing.security.minWhenLevel3");
        if (st == null) {
            out.add("STF-007", a, "spec.staffing");
            if (security > 0 && !level3Systems.isEmpty()) {
                out.add("STF-006", a, "spec.staffing", "systems", level3Systems, "min", security,
                        "key", "staffing.security.minWhenLevel3");
            }
            return;
        }
        if (st.securityStaff() < security && !level3Systems.isEmpty()) {
            out.add("STF-006", a, "spec.staffing.securityStaff", "systems", level3Systems,
                    "actual", st.securityStaff(), "min", security, "key", "staffing.security.minWhenLevel3");
        }
        if (a.hasRole(AgencyStatus.DX_LEAD) && st.dedicatedDxStaff() < num("staffing.dxLead.minDedicated")) {
            out.add("STF-001", a, "spec.staffing.dedicatedDxStaff", "actual", st.dedicatedDxStaff(),
                    "min", num("staffing.dxLead.minDedicated"), "key", "staffing.dxLead.minDedicated");
        }
        if (level("district") && pc && a.asOf().isBefore(twoLevel)
                && st.dedicatedDxStaff() < num("staffing.district.minDedicated")) {
            out.add("STF-002", a, "spec.staffing.dedicatedDxStaff", "actual", st.dedicatedDxStaff(),
                    "min", num("staffing.district.minDedicated"), "key", "staffing.district.minDedicated");
        }
        if (level("commune") && pc) {
            commune(st);
        }
    }

    private void commune(Staffing st) {
        if (st.dedicatedDxStaff() + st.concurrentDxStaff() < num("staffing.commune.minTotal")) {
            out.add("STF-003", a, "spec.staffing", "actual", st.dedicatedDxStaff() + st.concurrentDxStaff(),
                    "min", num("staffing.commune.minTotal"), "key", "staffing.commune.minTotal");
        }
        if (yes(t.get("staffing.commune.concurrentOnlyWarns").getFlag()) && st.dedicatedDxStaff() == 0
                && st.concurrentDxStaff() > 0) {
            out.add("STF-004", a, "spec.staffing.concurrentDxStaff", "concurrent", st.concurrentDxStaff(),
                    "key", "staffing.commune.concurrentOnlyWarns");
        }
        if (!a.asOf().isBefore(t.get("staffing.commune.communityTeamsFrom").getDate())
                && st.communityDigitalTeams() < num("staffing.commune.minCommunityTeams")) {
            out.add("STF-005", a, "spec.staffing.communityDigitalTeams", "actual", st.communityDigitalTeams(),
                    "min", num("staffing.commune.minCommunityTeams"), "key", "staffing.commune.minCommunityTeams");
        }
    }

    private void documents() {
        if (a.documents() == null) {
            return;
        }
        Double e = a.documents().exchangedElectronicallyPercent();
        Threshold exchanged = t.get("documents.exchangedElectronically.minPercent");
        if (e != null && exchanged.getNumber() > e) {
            out.add("DOC-001", a, "spec.documents.exchangedElectronicallyPercent", "actual", e,
                    "min", exchanged.getNumber(), "year", exchanged.year(), "key", exchanged.key());
        }
        Double d = a.documents().digitallySignedPercent();
        Threshold signed = t.get("documents.digitallySigned.minPercent");
        if (d != null && signed.getNumber() > d) {
            out.add("DOC-002", a, "spec.documents.digitallySignedPercent", "actual", d, "min", signed.getNumber(),
                    "year", signed.year(), "key", signed.key());
        }
        Double w = a.documents().workProcessedOnlinePercent();
        Threshold work = a.level() == null ? null : t.get("documents.workOnline.minPercent." + a.level());
        if (w != null && work != null && (!level("district") || a.asOf().isBefore(twoLevel))
                && work.getNumber() > w) {
            out.add("DOC-003", a, "spec.documents.workProcessedOnlinePercent", "actual", w, "level", a.level(),
                    "min", work.getNumber(), "year", work.year(), "key", work.key());
        }
    }

    private void infrastructure() {
        if (a.infrastructure() != null) {
            var i = a.infrastructure();
            if (!yes(i.portal())) {
                out.add("INF-001", a, "spec.infrastructure.portal", "actual", i.portal());
            }
            if (pc && (level("commune") || level("district") && a.asOf().isBefore(twoLevel))
                    && !yes(i.videoConferenceEndpoint())) {
                out.add("INF-002", a, "spec.infrastructure.videoConferenceEndpoint", "level", a.level(),
                        "actual", i.videoConferenceEndpoint());
            }
            Threshold broadband = t.get("infrastructure.broadband.minPercent");
            Double b = i.broadbandCoveragePercent();
            if (pc && (level("province") || level("commune")) && b != null && broadband.getNumber() > b) {
                out.add("INF-003", a, "spec.infrastructure.broadbandCoveragePercent", "actual", b,
                        "min", broadband.getNumber(), "year", broadband.year(), "key", broadband.key());
            }
            Threshold mobile = t.get("infrastructure.mobile.minPercent");
            Double m = i.mobileCoveragePercent();
            if (m != null && mobile.getNumber() > m) {
                out.add("INF-004", a, "spec.infrastructure.mobileCoveragePercent", "actual", m,
                        "min", mobile.getNumber(), "year", mobile.year(), "key", mobile.key());
            }
            if (level("commune") && pc && !yes(i.fiberToCenter())) {
                out.add("INF-007", a, "spec.infrastructure.fiberToCenter", "actual", i.fiberToCenter());
            }
        }
        if ((pc && level("province") || a.hasRole(AgencyStatus.DX_LEAD))
                && (a.integration() == null || !yes(a.integration().lgspConnected()))) {
            out.add("INF-005", a, "spec.integration.lgspConnected",
                    "actual", a.integration() == null ? null : a.integration().lgspConnected());
        }
    }

    private void localGovernment(Map<String, AgencyStatus> byId, Map<String, Province> provinces) {
        if (a.asOf().isBefore(twoLevel)) {
            return;
        }
        if (level("district")) {
            out.add("LGV-001", a, "metadata.asOf", "asOf", a.asOf(), "from", twoLevel,
                    "key", "localGovernment.twoLevelFrom");
        }
        Province p = provinces.get(a.jurisdiction());
        if (p != null && p.successor() != null && p.endedOn() != null && !p.endedOn().isAfter(a.asOf())) {
            out.add("LGV-002", a, "metadata.agency.jurisdiction", "asOf", a.asOf(), "jurisdiction", a.jurisdiction(),
                    "successor", p.successor(), "from", twoLevel, "key", "localGovernment.twoLevelFrom");
        }
        AgencyStatus parent = a.parent() == null ? null : byId.get(a.parent());
        if (level("commune") && parent != null && "district".equals(parent.level())) {
            out.add("LGV-003", a, "metadata.agency.parent", "asOf", a.asOf(), "parent", a.parent(), "from", twoLevel,
                    "key", "localGovernment.twoLevelFrom");
        }
    }
}
