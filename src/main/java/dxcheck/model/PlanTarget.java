package dxcheck.model;

/** A plan target: an indicator's value for a year. */
public record PlanTarget(String planId, String jurisdiction, String indicator, int year, double value,
                         Source source) implements Subject, InJurisdiction, OfPlan {
    @Override
    public String subjectId() {
        return planId + "/targets/" + indicator + "@" + year;
    }

    @Override
    public String ownerId() {
        return planId;
    }
}
