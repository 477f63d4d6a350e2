package dxcheck.model;

import java.util.List;

/** The closed value sets of the input format (input-format.md). */
public final class Vocabulary {
    public static final String API_VERSION = "dxcheck/v1";
    public static final List<String> LEVELS = List.of("province", "district", "commune");
    public static final List<String> AGENCY_TYPES =
            List.of("people-committee", "party-committee", "department", "public-service-unit", "other");
    public static final List<String> AGENCY_ROLES = List.of(AgencyStatus.DX_LEAD);
    public static final List<String> SERVICE_MODES = List.of(ServiceItem.FULL_PROCESS, "partial", "offline");
    public static final List<String> PLAN_STATUSES = List.of("draft", "adopted");
    public static final List<String> PILLARS = List.of("digital-government", "digital-economy", "digital-society",
            "smart-city", "digital-infrastructure", "information-security");
    public static final List<String> STEERING_ROLES = List.of("party-secretary", "people-committee-chair", "other");
    public static final List<String> INDICATORS = List.of(
            "full-process-online-services-percent", "online-dossiers-percent",
            "documents-exchanged-electronically-percent", "documents-digitally-signed-percent",
            "heads-using-digital-signature-percent", "work-processed-online-percent", "agencies-with-portal-percent",
            "broadband-coverage-percent", "mobile-coverage-percent", "e-invoice-percent",
            "business-transactions-digitally-signed-percent", "adults-with-social-insurance-app-percent",
            "digital-economy-share-of-grdp-percent");

    private Vocabulary() {
    }
}
