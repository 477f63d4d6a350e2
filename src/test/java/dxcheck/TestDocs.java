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
                @id("TST-001") @severity("error") @titleVi("t") @titleEn("t") @references("REPORTING")
                @remediationVi("r") @remediationEn("r") @messageVi("m") @messageEn("m")
            """;

    /**
     * Copies what the shipped rules folder knows beside its rules (rule families, legal sources, labels, provinces)
     * into a test rules folder, so its rules can cite sources (@references("REPORTING")) as real rules do; the test
     * rules' family TST is declared beside the real ones.
     */
    /** Copies a folder and everything below it (files replaced when there), returning the copy. */
    public static java.nio.file.Path copyTree(java.nio.file.Path from, java.nio.file.Path to)
            throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : s.sorted().toList()) {
                java.nio.file.Path t = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(t);
                } else {
                    java.nio.file.Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    public static void copyKnowledge(java.nio.file.Path rulesDir) throws java.io.IOException {
        for (String f : java.util.List.of("families.yaml", "legal-sources.yaml", "terms.yaml", "provinces.yaml")) {
            java.nio.file.Files.copy(java.nio.file.Path.of("rules", f), rulesDir.resolve(f),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        declareTestFamily(rulesDir);
    }

    /** Adds the family of the test rules (TST-001) to a rules folder's families.yaml. */
    public static void declareTestFamily(java.nio.file.Path rulesDir) throws java.io.IOException {
        java.nio.file.Files.writeString(rulesDir.resolve("families.yaml"),
                "  TST: {vi: \"Thử nghiệm\", en: \"Test\"}\n", java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * The ids of the requirements the shipped rules folder defines (a rule with @id and @severity), read from the DRL
     * text itself rather than through the engine: tests that mean "every rule" compare with this, so adding a rule never
     * breaks them.
     */
    public static java.util.Set<String> ruleIds() throws java.io.IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        java.util.regex.Pattern def = java.util.regex.Pattern.compile("@id\\(\"([A-Z]{3}-[0-9]{3})\"\\)\\s*@severity");
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
            for (java.nio.file.Path p : s.filter(f -> f.toString().endsWith(".drl")).toList()) {
                java.util.regex.Matcher m = def.matcher(java.nio.file.Files.readString(p));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private TestDocs() {
    }
}
