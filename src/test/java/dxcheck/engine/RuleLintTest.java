package dxcheck.engine;

import dxcheck.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dxcheck rules lint on a rules folder a rule author has just edited. */
class RuleLintTest {
    @TempDir
    Path rules;

    private static final String RULE = """
            package t
            import dxcheck.model.AgencyStatus
            import dxcheck.model.InformationSystem
            import dxcheck.model.Threshold
            rule "r"
                @id("ID") @severity("warning") SUBJECT @titleVi("t") @titleEn("t") @references("REPORTING")
                @remediationVi("r") @remediationEn("r") @messageVi("m") @messageEn("m")
            when
                WHEN
            then
            end
            """;

    private String subject = "@subject(\"agency\")";
    private String RULE_OVERRIDE;

    @BeforeEach
    void policy() throws IOException {
        Files.writeString(rules.resolve("policy.yaml"), """
                apiVersion: dxcheck/v1
                kind: Policy
                metadata: {id: p}
                spec:
                  thresholds:
                    used.min: {value: 1, stricter: higher}
                    unused.min: {value: 2, stricter: higher}
                """);
        dxcheck.TestDocs.copyKnowledge(rules);
    }

    private Cli.Result lint(String id, String when, String... extra) throws IOException {
        Files.writeString(rules.resolve("r.drl"), (RULE_OVERRIDE == null ? RULE : RULE_OVERRIDE).replace("ID", id)
                .replace("WHEN", when)
                .replace("SUBJECT", subject));
        String[] args = new String[4 + extra.length];
        args[0] = "rules";
        args[1] = "lint";
        args[2] = "--rules=" + rules;
        args[3] = "--lang=en";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.run(args);
    }

    @Test
    void aCleanFolderPasses() throws IOException {
        Files.writeString(rules.resolve("policy.yaml"), Files.readString(rules.resolve("policy.yaml"))
                .replace("    unused.min: {value: 2, stricter: higher}\n", ""));
        Cli.Result r = lint("TST-001", "Threshold( key == \"used.min\", $m : number )\n    AgencyStatus( )");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("lint: 1 rule, 0 errors, 0 warnings"), r::toString);
    }

    @Test
    void unreadPolicyKeysAreWarningsAndStrictMakesThemFail() throws IOException {
        String when = "Threshold( key == \"used.min\", $m : number )\n    AgencyStatus( )";
        Cli.Result r = lint("TST-001", when);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("policy.yaml:7:5: warning: policy key 'unused.min' is read by no rule"), r::toString);
        assertEquals(1, lint("TST-001", when, "--strict").exit());
    }

    @Test
    void aPolicyKeyNoPolicyDefinesIsAnError() throws IOException {
        Cli.Result r = lint("TST-001", "Threshold( key == \"used.mni\", $m : number )\n    AgencyStatus( )");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:5:1: error: the rule reads policy key 'used.mni'"), r::toString);
    }

    @Test
    void anIdOutsideTheCataloguePatternIsAnError() throws IOException {
        Cli.Result r = lint("staffing-1", "AgencyStatus( )");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("rule id 'staffing-1' does not match the catalogue pattern ABC-123"), r::toString);
    }

    @Test
    void contradictoryConstraintsMeanTheRuleCanNeverFire() throws IOException {
        Cli.Result r = lint("TST-001", "InformationSystem( securityLevel >= 3, securityLevel < 3 )");
        assertTrue(r.out().contains("r.drl:9:5: warning: rule 'r' can never fire: securityLevel >= 3 and "
                + "securityLevel < 3"), r::toString);
        assertTrue(r.out().contains("    InformationSystem( securityLevel >= 3, securityLevel < 3 )"), r::toString);
        Cli.Result levels = lint("TST-001", "AgencyStatus( level == \"district\", level == \"commune\" )");
        assertTrue(levels.out().contains("can never fire: level == \"district\" and level == \"commune\""),
                levels::toString);
        Cli.Result fine = lint("TST-001", "InformationSystem( securityLevel >= 3, securityLevel <= 3 )");
        assertTrue(!fine.out().contains("never fire"), fine::toString);
    }

    @Test
    void aTypoInAFieldAndAMissingEndPointAtTheirLines() throws IOException {
        Cli.Result typo = lint("TST-001", "AgencyStatus( levle == \"district\" )");
        assertEquals(2, typo.exit(), typo::toString);
        assertTrue(typo.out().contains("r.drl:9:19: DRL error"), typo::toString);
        assertTrue(typo.out().contains("    AgencyStatus( levle == \"district\" )"), typo::toString);
        Files.writeString(rules.resolve("r.drl"), RULE.replace("ID", "TST-001").replace("WHEN", "AgencyStatus( )")
                .replace("SUBJECT", subject).replace("then\nend\n", "then\n"));
        Cli.Result end = Cli.run("rules", "lint", "--rules=" + rules, "--lang=en");
        assertEquals(2, end.exit(), end::toString);
        assertTrue(end.out().contains("r.drl:11:"), end::toString);
    }

    @Test
    void aRuleWithoutSubjectIsLeftOutOfTheScorecardAndAnUnknownSubjectIsAnError() throws IOException {
        Files.writeString(rules.resolve("policy.yaml"), Files.readString(rules.resolve("policy.yaml"))
                .replace("    unused.min: {value: 2, stricter: higher}\n", ""));
        subject = "";
        Cli.Result none = lint("TST-001", "AgencyStatus( )");
        assertEquals(0, none.exit(), none::toString);
        assertTrue(none.out().contains("warning: rule TST-001 has no @subject"), none::toString);
        subject = "@subject(\"agencies\")";
        Cli.Result bad = lint("TST-001", "AgencyStatus( )");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.out().contains("@subject: 'agencies' is not allowed"), bad::toString);
    }

    @Test
    void lintSpeaksVietnameseByDefault() throws IOException {
        Cli.Result r = lint("TST-001", "Threshold( key == \"used.mni\", $m : number )\n    AgencyStatus( )");
        String[] vi = {"rules", "lint", "--rules=" + rules};
        Cli.Result v = Cli.run(vi);
        assertEquals(2, v.exit(), v::toString);
        assertTrue(v.out().contains("r.drl:5:1: lỗi: quy tắc đọc khóa chính sách 'used.mni'"), v::toString);
        assertTrue(v.out().contains("lint: 1 quy tắc, 1 lỗi, 2 cảnh báo"), v::toString);
        assertTrue(r.out().contains("lint: 1 rule, 1 error, 2 warnings"), r::toString);
    }

    @Test
    void aFreeTextLegalBasisIsAnErrorAtTheRule() throws IOException {
        RULE_OVERRIDE = RULE.replace("@references(\"REPORTING\")", "@legalBasisVi(\"Luật\") @legalBasisEn(\"Law\")");
        Cli.Result r = lint("TST-001", "AgencyStatus( )");
        RULE_OVERRIDE = null;
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:5:1: @legalBasisVi: rule 'r' uses free-text @legalBasisVi; use @legalBasis"),
                r::toString);
    }

    @Test
    void aCitationOfAnUnknownSourceOrOfAReferenceAsLawIsAnError() throws IOException {
        RULE_OVERRIDE = RULE.replace("@references(\"REPORTING\")", "@legalBasis(\"QD-749-2002; REPORTING\")");
        Cli.Result r = lint("TST-001", "AgencyStatus( )");
        RULE_OVERRIDE = null;
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("rule 'TST-001' cites 'QD-749-2002', which legal-sources.yaml does not list"),
                r::toString);
        assertTrue(r.out().contains("rule 'TST-001' names 'REPORTING' in @legalBasis, but it is a reference"), r::toString);
    }

    @Test
    void aRuleWithNeitherLegalBasisNorReferencesIsAnError() throws IOException {
        RULE_OVERRIDE = RULE.replace("@references(\"REPORTING\")", "");
        Cli.Result r = lint("TST-001", "AgencyStatus( )");
        RULE_OVERRIDE = null;
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("rule 'r' has neither @legalBasis nor @references"), r::toString);
    }

    @Test
    void aPolicyKeyWithoutItsStricterWayIsAnError() throws IOException {
        Files.writeString(rules.resolve("policy.yaml"), Files.readString(rules.resolve("policy.yaml"))
                .replace("used.min: {value: 1, stricter: higher}", "used.min: 1"));
        Cli.Result r = lint("TST-001", "Threshold( key == \"used.min\", $m : number )\n    AgencyStatus( )");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("policy.yaml:6:5: error: policy key 'used.min' does not declare which way is stricter"),
                r::toString);
    }

    /** A rule file written as a rule author would, with a message and a consequence. */
    private Cli.Result lintRule(String message, String when, String then) throws IOException {
        Files.writeString(rules.resolve("r.drl"), """
                package t
                import dxcheck.model.AgencyStatus
                import dxcheck.model.InformationSystem
                import dxcheck.model.Threshold
                import dxcheck.engine.Findings
                rule "r"
                    @id("TST-001") @severity("warning") @subject("agency") @titleVi("t") @titleEn("t")
                    @references("REPORTING") @remediationVi("r") @remediationEn("r")
                    @messageVi("MESSAGE") @messageEn("MESSAGE") SCOPE
                when
                    WHEN
                then
                    THEN
                end
                """.replace("MESSAGE", message).replace("WHEN", when).replace("THEN", then).replace("SCOPE", scope));
        return Cli.run("rules", "lint", "--rules=" + rules, "--lang=en");
    }

    private static final String USED = "Threshold( key == \"used.min\", $m : number )\n    ";
    /** More metadata of the rule lintRule writes, e.g. @scope("national"). */
    private String scope = "";

    @Test
    void aPlaceholderWithNoValueOfThatNameIsAnError() throws IOException {
        Cli.Result r = lintRule("{acutal} staff, at least {min}", USED + "$a : AgencyStatus( staffing != null )",
                "insert(Findings.of(kcontext, $a, \"spec.staffing\", \"actual\", 1, \"min\", $m));");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:6:1: error: the message of TST-001 has {acutal} but rule 'r' passes no "
                + "parameter of that name (it passes: actual, min)"), r::toString);
        Cli.Result fine = lintRule("{actual} staff, at least {min}", USED + "$a : AgencyStatus( staffing != null )",
                "insert(Findings.of(kcontext, $a, \"spec.staffing\", \"actual\", 1, \"min\", $m));");
        assertEquals(0, fine.exit(), fine::toString);
    }

    @Test
    void aFindingAtAFieldTheFactDoesNotHaveIsAnError() throws IOException {
        Cli.Result r = lintRule("m", USED + "$a : AgencyStatus( )",
                "insert(Findings.of(kcontext, $a, \"spec.staffing.dedicatedDxStaf\"));");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("rule 'r' locates its finding at 'spec.staffing.dedicatedDxStaf', but AgencyStatus "
                + "has no such field"), r::toString);
        Cli.Result system = lintRule("m", USED + "$s : InformationSystem( )",
                "insert(Findings.of(kcontext, $s, \"securityLevel\"));");
        assertEquals(0, system.exit(), "a system's fields are its own: " + system);
    }

    @Test
    void aTextComparedWithANumberIsAnErrorAtThePattern() throws IOException {
        Cli.Result r = lintRule("m", USED + "$a : AgencyStatus( staffing != null, staffing.dedicatedDxStaff == \"3\" )",
                "insert(Findings.of(kcontext, $a, \"spec.staffing\"));");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:12:5: error: rule 'r' compares staffing.dedicatedDxStaff (a int) with \"3\""),
                r::toString);
        Cli.Result level = lintRule("m", USED + "$a : AgencyStatus( level == 3 )",
                "insert(Findings.of(kcontext, $a, \"spec\"));");
        assertTrue(level.out().contains("compares level (a String) with 3"), level::toString);
    }

    @Test
    void aValueOutsideItsVocabularyIsAnError() throws IOException {
        Cli.Result r = lintRule("m", USED + "$a : AgencyStatus( level == \"comune\" )",
                "insert(Findings.of(kcontext, $a, \"spec\"));");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("rule 'r' compares level with 'comune', which is not a value of its vocabulary "
                + "(there are: province, district, commune)"), r::toString);
    }

    @Test
    void aRulePackWhosePackagesMatchNoFileIsAnError() throws IOException {
        lintRule("m", USED + "$a : AgencyStatus( )", "insert(Findings.of(kcontext, $a, \"spec\"));");
        Files.writeString(rules.resolve("kmodule.xml"), """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="all" packages="t" default="true"/>
                  <kbase name="typo" packages="tt.*" includes="all"/>
                </kmodule>
                """);
        Cli.Result r = Cli.run("rules", "lint", "--rules=" + rules, "--lang=en");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("kmodule.xml:3:1: error: kbase 'typo' declares packages 'tt.*' but no .drl file "
                + "has such a package (there are: t)"), r::toString);
    }

    private static final String FINDING = "insert(Findings.of(kcontext, $a, \"spec\"));";

    @Test
    void aJoinAcrossProvincesIsAnErrorUntilTheRuleSaysSo() throws IOException {
        String when = USED + "$a : AgencyStatus( parent != null )\n    not AgencyStatus( id == $a.parent )";
        Cli.Result r = lintRule("m", when, FINDING);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:13:9: error: rule 'r' joins AgencyStatus (line 12) with AgencyStatus "
                + "without keeping them to one province (jurisdiction == $j, agencyId == $a.id, planId == $p.id): add "
                + "such a constraint, or say @scope(\"national\") if the rule crosses provinces"), r::toString);
        scope = "@scope(\"national\")";
        Cli.Result said = lintRule("m", when, FINDING);
        assertEquals(0, said.exit(), said::toString);
    }

    @Test
    void joinsThatStayInOneProvincePass() throws IOException {
        Cli.Result r = lintRule("m", USED + """
                $a : AgencyStatus( $j : jurisdiction, $id : id )
                    dxcheck.model.ServiceItem( agencyId == $a.id )
                    not dxcheck.model.PlanTask( jurisdiction == $j, owner == $a.id )
                    exists ( AgencyStatus( this == $a, level == "commune" ) or dxcheck.model.ServiceTally( agencyId == $id ) )
                    accumulate( InformationSystem( agencyId == $id ); $n : count() )
                    $t : dxcheck.model.PlanTask( jurisdiction == $j )
                    dxcheck.model.Plan( id == $t.planId )""", FINDING);
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void aProvinceFactReadOnlyUnderNotJudgesAllProvincesTogether() throws IOException {
        Cli.Result r = lintRule("m", USED + "not AgencyStatus( level == \"province\" )", "");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:12:9: error: rule 'r' reads AgencyStatus only under not, exists or "
                + "accumulate, so it judges all provinces together"), r::toString);
        Cli.Result noProvince = lintRule("m", USED.strip(), "");
        assertEquals(0, noProvince.exit(), "a rule on the policy alone runs once, by its nature: " + noProvince);
    }

    @Test
    void aRuleOverAllProvincesMayInsertOnlyFindings() throws IOException {
        scope = "@scope(\"national\")";
        Cli.Result r = lintRule("m", USED + "$a : AgencyStatus( )",
                "insert(new dxcheck.model.ServiceTally($a.id(), 0, 0, 0, 0, 0, 0, 0, 0));");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:6:1: error: rule 'r' runs once over all provinces but inserts or changes a "
                + "fact other than a finding"), r::toString);
        Cli.Result dotted = lintRule("m", USED + "$a : AgencyStatus( )",
                "drools.insert(new dxcheck.model.ServiceTally($a.id(), 0, 0, 0, 0, 0, 0, 0, 0));");
        assertTrue(dotted.out().contains("inserts or changes a fact other than a finding"), dotted::toString);
        Cli.Result changes = lintRule("m", USED + "$a : AgencyStatus( )", "delete($a);");
        assertTrue(changes.out().contains("inserts or changes a fact other than a finding"), changes::toString);
        scope = "@scope(\"province\")";
        Cli.Result value = lintRule("m", USED + "$a : AgencyStatus( )", FINDING);
        assertTrue(value.out().contains("rule 'r' has @scope(\"province\"); the only value is \"national\""),
                value::toString);
    }

    @Test
    void aRuleReadingFindingsMustComeAfterTheProvincesRules() throws IOException {
        Files.writeString(rules.resolve("p.drl"), """
                package p
                import dxcheck.model.AgencyStatus
                rule "a province's rule"
                    @helper("nothing")
                when
                    AgencyStatus( )
                then
                end
                """);
        Cli.Result r = lintRule("m", "$a : AgencyStatus( )\n    not dxcheck.model.Finding( subject == $a.id )", FINDING);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:6:1: error: rule 'r' runs once over all provinces and reads facts the "
                + "provinces' rules insert (findings, derived facts), but its salience is not below every province "
                + "rule's (the lowest: 0)"), r::toString);
        scope = "salience -1";
        Cli.Result after = lintRule("m", "$a : AgencyStatus( )\n    not dxcheck.model.Finding( subject == $a.id )",
                FINDING);
        assertEquals(0, after.exit(), after::toString);
    }

    @Test
    void whatOnlyOneSessionDoesIsAWarningAndAQueryMustSayItCrosses() throws IOException {
        Cli.Result logical = lintRule("m", USED + "$a : AgencyStatus( )",
                "insertLogical(new dxcheck.model.ServiceTally($a.id(), 0, 0, 0, 0, 0, 0, 0, 0));");
        assertTrue(logical.out().contains("uses insertLogical, which means something in one session only"),
                logical::toString);
        scope = "lock-on-active true";
        Cli.Result lock = lintRule("m", USED + "$a : AgencyStatus( )", FINDING);
        assertTrue(lock.out().contains("uses lock-on-active, which means"), lock::toString);
        scope = "activation-group \"first\"";
        Cli.Result r = lintRule("m", USED + "$a : AgencyStatus( )", FINDING);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("r.drl:6:1: warning: rule 'r' uses activation-group, which means something in one "
                + "session only: a check of several provinces will run in one session (slower)"), r::toString);
        scope = "";
        Files.writeString(rules.resolve("q.drl"), """
                package t
                import dxcheck.model.AgencyStatus
                query agency( String $id )
                    @helper("an agency by id")
                    AgencyStatus( id == $id )
                end
                """);
        Cli.Result query = lintRule("m", USED + "$a : AgencyStatus( $p : parent )\n    not agency( $p; )", FINDING);
        assertTrue(query.out().contains("rule 'r' calls a query, which lint does not follow: say @scope(\"national\")"),
                query::toString);
    }
}
