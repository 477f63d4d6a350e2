package dxcheck.model;

/** A fact that belongs to one plan, and so to the plan's province: its id is the plan's (Plan.id). */
public interface OfPlan {
    String planId();
}
