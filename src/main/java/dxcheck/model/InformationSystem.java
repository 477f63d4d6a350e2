package dxcheck.model;

import java.time.LocalDate;

/** An information system an agency owns (an entry of spec.informationSystems). */
public record InformationSystem(String id, String agencyId, String name, Boolean processesPersonalData,
                                Boolean citizenFacing, Boolean servesOnlinePublicServices, Integer securityLevel,
                                Boolean levelApproved, Boolean protectionPlanImplemented, LocalDate lastAssessment,
                                Source source) implements Subject, OfAgency {
    @Override
    public String subjectId() {
        return id;
    }

    @Override
    public String ownerId() {
        return agencyId;
    }
}
