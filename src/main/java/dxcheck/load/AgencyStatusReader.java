package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.Documents;
import dxcheck.model.Head;
import dxcheck.model.InformationSystem;
import dxcheck.model.Infrastructure;
import dxcheck.model.Integration;
import dxcheck.model.ServiceItem;
import dxcheck.model.ServiceSummary;
import dxcheck.model.Staffing;
import dxcheck.model.Vocabulary;
import dxcheck.text.Msg;

import java.time.LocalDate;
import java.util.List;

/** kind: AgencyStatus → an AgencyStatus fact, one InformationSystem per system, one ServiceItem per item. */
final class AgencyStatusReader implements KindReader {
    private final Inputs out;

    AgencyStatusReader(Inputs out) {
        this.out = out;
    }

    @Override
    public void read(YamlMap doc, YamlMap md, YamlMap spec) {
        YamlMap ag = md.map("agency", true);
        LocalDate asOf = md.date("asOf", true);
        md.done();
        if (ag == null) {
            return;
        }
        String id = ag.id("id", true);
        String name = ag.text("name", true);
        String level = ag.oneOf("level", false, Vocabulary.LEVELS);
        String type = ag.oneOf("type", false, Vocabulary.AGENCY_TYPES);
        String jurisdiction = ag.id("jurisdiction", true);
        String parent = ag.id("parent", false);
        List<String> roles = ag.oneOfEach("roles", Vocabulary.AGENCY_ROLES);
        ag.done();
        Parts p = readSpec(spec, id, asOf);
        out.agencies.add(new AgencyStatus(id, name, level, type, jurisdiction, parent, List.copyOf(roles), asOf,
                p.head, p.staffing, p.summary, p.documents, p.infrastructure, p.integration, doc.source()));
    }

    private static final class Parts {
        Head head;
        Staffing staffing;
        ServiceSummary summary;
        Documents documents;
        Infrastructure infrastructure;
        Integration integration;
    }

    private Parts readSpec(YamlMap spec, String agencyId, LocalDate asOf) {
        Parts p = new Parts();
        p.head = head(spec.map("head", false));
        p.staffing = staffing(spec.map("staffing", false));
        for (YamlMap s : spec.entries("informationSystems")) {
            out.systems.add(system(s, agencyId, asOf));
        }
        YamlMap services = spec.map("onlineServices", false);
        if (services != null) {
            p.summary = summary(services.map("summary", false));
            for (YamlMap item : services.entries("items")) {
                out.services.add(item(item, agencyId));
            }
            services.done();
        }
        p.documents = documents(spec.map("documents", false));
        p.infrastructure = infrastructure(spec.map("infrastructure", false));
        p.integration = integration(spec.map("integration", false));
        spec.done();
        return p;
    }

    private static Head head(YamlMap m) {
        if (m == null) {
            return null;
        }
        Head h = new Head(m.text("name", false), m.text("position", false), m.flag("designatedAccountable"),
                m.flag("usesDigitalSignature"), m.flag("processesWorkOnline"));
        m.done();
        return h;
    }

    private static Staffing staffing(YamlMap m) {
        if (m == null) {
            return null;
        }
        Staffing s = new Staffing(zeroIfNull(m.count("dedicatedDxStaff")), zeroIfNull(m.count("concurrentDxStaff")),
                zeroIfNull(m.count("securityStaff")), zeroIfNull(m.count("communityDigitalTeams")));
        m.done();
        return s;
    }

    private static int zeroIfNull(Integer v) {
        return v == null ? 0 : v;
    }

    private static InformationSystem system(YamlMap m, String agencyId, LocalDate asOf) {
        Long level = m.integer("securityLevel", false, 1, 5);
        LocalDate last = m.date("lastAssessment", false);
        if (last != null && asOf != null && last.isAfter(asOf)) {
            // an assessment dated after the figures it is reported with cannot be: a typo, not a finding
            m.text.error(m.valueLocation("lastAssessment"), m.pathOf("lastAssessment"), Msg.INPUT_AFTER_STATUS_DATE,
                    "lastAssessment", last, asOf);
            last = null;
        }
        InformationSystem s = new InformationSystem(m.id("id", true), agencyId, m.text("name", false),
                m.flag("processesPersonalData"), m.flag("citizenFacing"), m.flag("servesOnlinePublicServices"),
                level == null ? null : level.intValue(), m.flag("levelApproved"), m.flag("protectionPlanImplemented"),
                last, m.source());
        m.done();
        return s;
    }

    private static ServiceSummary summary(YamlMap m) {
        if (m == null) {
            return null;
        }
        ServiceSummary s = new ServiceSummary(m.count("total"), m.count("fullProcessEligible"), m.count("fullProcess"),
                m.count("partial"), m.bigCount("dossiersTotal"), m.bigCount("dossiersOnline"));
        m.done();
        return s;
    }

    private static ServiceItem item(YamlMap m, String agencyId) {
        ServiceItem i = new ServiceItem(agencyId, m.id("code", true), m.text("name", false),
                m.flag("fullProcessEligible"), m.oneOf("mode", true, Vocabulary.SERVICE_MODES),
                m.bigCount("dossiersTotal"), m.bigCount("dossiersOnline"), m.source());
        m.done();
        return i;
    }

    private static Documents documents(YamlMap m) {
        if (m == null) {
            return null;
        }
        Documents d = new Documents(m.percent("exchangedElectronicallyPercent"), m.percent("digitallySignedPercent"),
                m.percent("workProcessedOnlinePercent"));
        m.done();
        return d;
    }

    private static Infrastructure infrastructure(YamlMap m) {
        if (m == null) {
            return null;
        }
        Infrastructure i = new Infrastructure(m.flag("portal"), m.flag("videoConferenceEndpoint"),
                m.flag("fiberToCenter"), m.percent("broadbandCoveragePercent"), m.percent("mobileCoveragePercent"));
        m.done();
        return i;
    }

    private static Integration integration(YamlMap m) {
        if (m == null) {
            return null;
        }
        Integration i = new Integration(m.flag("lgspConnected"), m.flag("nationalPublicServicePortalConnected"),
                m.flag("nationalPopulationDatabaseConnected"));
        m.done();
        return i;
    }
}
