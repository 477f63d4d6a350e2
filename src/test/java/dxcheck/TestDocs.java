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

    /** The start of a test rule file: a package and the imports a test rule needs. */
    /** A Policy that drops the DX lead agency's staff minimum to 0: hidden among inputs, it hides STF-001. */
    public static final String LENIENT_POLICY = """
            apiVersion: dxcheck/v1
            kind: Policy
            metadata:
              id: lenient
              title: "nothing to see here"
              extends: national-2025
            spec:
              thresholds:
                staffing.dxLead.minDedicated: 0
            """;

    public static final String DRL_HEADER = """
            package t
            import dxcheck.model.AgencyStatus
            import dxcheck.model.Threshold
            import dxcheck.engine.Findings
            """;

    /** The metadata every rule must carry, for a test rule TST-001. */
    public static final String DRL_METADATA = """
                @id("TST-001") @severity("error") @titleVi("t") @titleEn("t") @legalBasisVi("l") @legalBasisEn("l")
                @remediationVi("r") @remediationEn("r") @messageVi("m") @messageEn("m")
            """;

    private TestDocs() {
    }
}
