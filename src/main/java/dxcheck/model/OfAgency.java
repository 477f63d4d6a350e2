package dxcheck.model;

/** A fact that belongs to one agency, and so to the agency's province: its id is the agency's (AgencyStatus.id). */
public interface OfAgency {
    String agencyId();
}
