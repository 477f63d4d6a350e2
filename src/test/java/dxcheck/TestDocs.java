package dxcheck;

/** Small documents that several tests start from. */
public final class TestDocs {
    /** The Hà Tĩnh DX lead with its seed figure of 3 dedicated staff: one STF-001 finding. */
    public static final String ONE_AGENCY = """
            apiVersion: dxcheck/v1
            kind: AgencyStatus
            metadata:
              agency: {id: ht.stttt, name: "Sở TT&TT", jurisdiction: ht, roles: [dx-lead]}
              asOf: 2023-07-15
            spec:
              staffing: {dedicatedDxStaff: 3}
            """;

    private TestDocs() {
    }
}
