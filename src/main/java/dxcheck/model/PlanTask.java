package dxcheck.model;

import java.time.LocalDate;

/** A plan task with its owner agency and deadline. */
public record PlanTask(String planId, String jurisdiction, String id, String title, String owner, LocalDate deadline,
                       String pillar, Source source) implements Subject, InJurisdiction, OfPlan {
    @Override
    public String subjectId() {
        return planId + "/tasks/" + id;
    }

    @Override
    public String ownerId() {
        return planId;
    }
}
