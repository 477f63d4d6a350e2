package dxcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The state of one agency at a date (kind: AgencyStatus). Sections that were not reported are null;
 * information systems and service items are separate facts that name this agency.
 */
public record AgencyStatus(String id, String name, String level, String type, String jurisdiction, String parent,
                           List<String> roles, LocalDate asOf, Head head, Staffing staffing,
                           ServiceSummary servicesSummary, Documents documents, Infrastructure infrastructure,
                           Integration integration, Source source) implements Subject, InJurisdiction {

    public static final String DX_LEAD = "dx-lead";

    @Override
    public String subjectId() {
        return id;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPeopleCommittee() {
        return "people-committee".equals(type);
    }
}
