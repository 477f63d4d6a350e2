package dxcheck.xlsx;

import dxcheck.load.Inputs;
import dxcheck.model.AgencyStatus;
import dxcheck.model.InformationSystem;
import dxcheck.model.Person;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.ServiceItem;
import dxcheck.model.Vocabulary;
import dxcheck.model.Waiver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded documents as YAML-shaped trees (maps, lists, texts, numbers, flags, dates), in the order and with the
 * keys of input-format.md; an absent value is left out. What both the workbook export (flattened by {@link
 * dxcheck.load.xlsx.Layout}) and the YAML import write, so that either reads back to the same facts.
 */
final class ModelDocuments {
    /** A document tree with the kind and id it is filed under. */
    record Document(String kind, String id, Map<String, Object> tree) {
    }

    private ModelDocuments() {
    }

    /** Agencies, plans, waivers, each in load order; policies are not among them. */
    static List<Document> of(Inputs in) {
        Map<String, List<InformationSystem>> systems = new LinkedHashMap<>();
        in.systems.forEach(s -> systems.computeIfAbsent(s.agencyId(), k -> new ArrayList<>()).add(s));
        Map<String, List<ServiceItem>> services = new LinkedHashMap<>();
        in.services.forEach(s -> services.computeIfAbsent(s.agencyId(), k -> new ArrayList<>()).add(s));
        Map<String, List<PlanTarget>> targets = new LinkedHashMap<>();
        in.targets.forEach(t -> targets.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
        Map<String, List<PlanTask>> tasks = new LinkedHashMap<>();
        in.tasks.forEach(t -> tasks.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
        List<Document> out = new ArrayList<>();
        for (AgencyStatus a : in.agencies) {
            out.add(new Document("AgencyStatus", a.id(), agency(a, systems.getOrDefault(a.id(), List.of()),
                    services.getOrDefault(a.id(), List.of()))));
        }
        for (Plan p : in.plans) {
            out.add(new Document("Plan", p.id(), plan(p, targets.getOrDefault(p.id(), List.of()),
                    tasks.getOrDefault(p.id(), List.of()))));
        }
        for (Waiver w : in.waivers) {
            out.add(new Document("Waiver", w.id(), waiver(w)));
        }
        return out;
    }

    private static Map<String, Object> envelope(String kind, Map<String, Object> metadata, Map<String, Object> spec) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", Vocabulary.API_VERSION);
        doc.put("kind", kind);
        doc.put("metadata", metadata);
        doc.put("spec", spec);
        return doc;
    }

    /** A map of the non-null values among key, value, key, value… */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                m.put((String) kv[i], v);
            }
        }
        return m;
    }

    private static Map<String, Object> agency(AgencyStatus a, List<InformationSystem> systems,
                                              List<ServiceItem> items) {
        Map<String, Object> metadata = map("agency", map("id", a.id(), "name", a.name(), "level", a.level(),
                "type", a.type(), "jurisdiction", a.jurisdiction(), "parent", a.parent(), "roles", a.roles()),
                "asOf", a.asOf());
        Map<String, Object> spec = new LinkedHashMap<>();
        if (a.head() != null) {
            spec.put("head", map("name", a.head().name(), "position", a.head().position(), "designatedAccountable",
                    a.head().designatedAccountable(), "usesDigitalSignature", a.head().usesDigitalSignature(),
                    "processesWorkOnline", a.head().processesWorkOnline()));
        }
        if (a.staffing() != null) {
            spec.put("staffing", map("dedicatedDxStaff", a.staffing().dedicatedDxStaff(), "concurrentDxStaff",
                    a.staffing().concurrentDxStaff(), "securityStaff", a.staffing().securityStaff(),
                    "communityDigitalTeams", a.staffing().communityDigitalTeams()));
        }
        List<Object> sys = new ArrayList<>();
        for (InformationSystem s : systems) {
            sys.add(map("id", s.id(), "name", s.name(), "processesPersonalData", s.processesPersonalData(),
                    "citizenFacing", s.citizenFacing(), "servesOnlinePublicServices", s.servesOnlinePublicServices(),
                    "securityLevel", s.securityLevel(), "levelApproved", s.levelApproved(),
                    "protectionPlanImplemented", s.protectionPlanImplemented(), "lastAssessment", s.lastAssessment()));
        }
        if (!sys.isEmpty()) {
            spec.put("informationSystems", sys);
        }
        onlineServices(a, items, spec);
        if (a.documents() != null) {
            spec.put("documents", map("exchangedElectronicallyPercent", a.documents().exchangedElectronicallyPercent(),
                    "digitallySignedPercent", a.documents().digitallySignedPercent(),
                    "workProcessedOnlinePercent", a.documents().workProcessedOnlinePercent()));
        }
        if (a.infrastructure() != null) {
            var i = a.infrastructure();
            spec.put("infrastructure", map("portal", i.portal(), "videoConferenceEndpoint", i.videoConferenceEndpoint(),
                    "fiberToCenter", i.fiberToCenter(), "broadbandCoveragePercent", i.broadbandCoveragePercent(),
                    "mobileCoveragePercent", i.mobileCoveragePercent()));
        }
        if (a.integration() != null) {
            var i = a.integration();
            spec.put("integration", map("lgspConnected", i.lgspConnected(), "nationalPublicServicePortalConnected",
                    i.nationalPublicServicePortalConnected(), "nationalPopulationDatabaseConnected",
                    i.nationalPopulationDatabaseConnected()));
        }
        return envelope("AgencyStatus", metadata, spec);
    }

    private static void onlineServices(AgencyStatus a, List<ServiceItem> items, Map<String, Object> spec) {
        Map<String, Object> services = new LinkedHashMap<>();
        if (a.servicesSummary() != null) {
            var s = a.servicesSummary();
            services.put("summary", map("total", s.total(), "fullProcessEligible", s.fullProcessEligible(),
                    "fullProcess", s.fullProcess(), "partial", s.partial(), "dossiersTotal", s.dossiersTotal(),
                    "dossiersOnline", s.dossiersOnline()));
        }
        List<Object> list = new ArrayList<>();
        for (ServiceItem i : items) {
            list.add(map("code", i.code(), "name", i.name(), "fullProcessEligible", i.fullProcessEligible(),
                    "mode", i.mode(), "dossiersTotal", i.dossiersTotal(), "dossiersOnline", i.dossiersOnline()));
        }
        if (!list.isEmpty()) {
            services.put("items", list);
        }
        if (!services.isEmpty()) {
            spec.put("onlineServices", services);
        }
    }

    private static Map<String, Object> plan(Plan p, List<PlanTarget> targets, List<PlanTask> tasks) {
        Map<String, Object> metadata = map("id", p.id(), "jurisdiction", p.jurisdiction(), "title", p.title(),
                "status", p.status(), "adoptedBy", p.adoptedBy(), "adoptedOn", p.adoptedOn());
        Map<String, Object> spec = new LinkedHashMap<>();
        if (p.period() != null) {
            spec.put("period", map("from", p.period().from(), "to", p.period().to(), "visionTo", p.period().visionTo()));
        }
        if (p.budget() != null) {
            spec.put("budget", map("amount", p.budget().amount(), "currency", p.budget().currency()));
        }
        spec.putAll(map("pillars", p.pillars(), "prioritySectors", p.prioritySectors()));
        if (p.steeringCommittee() != null) {
            List<Object> members = new ArrayList<>();
            p.steeringCommittee().members().forEach(m -> members.add(person(m)));
            spec.put("steeringCommittee", map("head", person(p.steeringCommittee().head()), "members", members));
        }
        spec.putAll(map("headsAccountable", p.headsAccountable(), "securityCommitment", p.securityCommitment()));
        List<Object> t = new ArrayList<>();
        targets.forEach(x -> t.add(map("indicator", x.indicator(), "year", x.year(), "value", x.value())));
        List<Object> k = new ArrayList<>();
        tasks.forEach(x -> k.add(map("id", x.id(), "title", x.title(), "owner", x.owner(), "deadline", x.deadline(),
                "pillar", x.pillar())));
        spec.putAll(map("targets", t, "tasks", k));
        return envelope("Plan", metadata, spec);
    }

    private static Map<String, Object> person(Person p) {
        return p == null ? null : map("name", p.name(), "position", p.position(), "role", p.role());
    }

    private static Map<String, Object> waiver(Waiver w) {
        return envelope("Waiver", map("id", w.id(), "grantedBy", w.grantedBy(), "grantedOn", w.grantedOn()),
                map("rule", w.rule(), "subject", w.subject(), "reason", w.reason(), "expires", w.expires()));
    }
}
