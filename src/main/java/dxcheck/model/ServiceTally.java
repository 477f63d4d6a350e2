package dxcheck.model;

/**
 * An agency's service items, counted once: inserted by a helper rule (rules/online-services.drl) from one accumulate
 * over the items, so that the rules judging items against a summary or a minimum (SVC-001, SVC-003, SVC-004, SVC-005,
 * INF-006) read a few numbers instead of each accumulating a million items again (issue 16). What counts as
 * eligible, full-process or online is written in that rule, not here.
 *
 * @param items          every item of the agency
 * @param eligible       items that qualify for full-process service
 * @param eligibleFullProcess eligible items provided full-process
 * @param fullProcess    items provided full-process
 * @param partial        items provided partly online
 * @param online         items provided online at all (not offline)
 * @param dossiersTotal  the items' dossiers, summed over the items that report them
 * @param dossiersOnline the items' online dossiers, summed over the items that report them
 */
public record ServiceTally(String agencyId, long items, long eligible, long eligibleFullProcess, long fullProcess,
                           long partial, long online, long dossiersTotal, long dossiersOnline) implements OfAgency {
}
