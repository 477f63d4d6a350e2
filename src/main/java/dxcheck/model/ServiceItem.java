package dxcheck.model;

/** One administrative procedure an agency provides (an entry of spec.onlineServices.items). */
public record ServiceItem(String agencyId, String code, String name, Boolean fullProcessEligible, String mode,
                          Long dossiersTotal, Long dossiersOnline, Source source) implements Subject, OfAgency {

    public static final String FULL_PROCESS = "full-process";

    @Override
    public String subjectId() {
        return agencyId + "/services/" + code;
    }

    @Override
    public String ownerId() {
        return agencyId;
    }
}
