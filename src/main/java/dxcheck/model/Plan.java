package dxcheck.model;

import java.time.LocalDate;
import java.util.List;

/** A digital-transformation plan (kind: Plan); its targets and tasks are separate facts. */
public record Plan(String id, String jurisdiction, String title, String status, String adoptedBy,
                   LocalDate adoptedOn, Period period, Budget budget, List<String> pillars,
                   List<String> prioritySectors, SteeringCommittee steeringCommittee, Boolean headsAccountable,
                   Boolean securityCommitment, Source source) implements Subject, InJurisdiction {
    @Override
    public String subjectId() {
        return id;
    }
}
