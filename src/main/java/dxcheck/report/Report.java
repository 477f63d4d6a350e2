package dxcheck.report;

import dxcheck.engine.Knowledge;
import dxcheck.engine.RuleInfo;
import dxcheck.model.FailOn;
import dxcheck.model.Finding;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Severity;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;
import dxcheck.text.MessageText;
import dxcheck.text.Msg;
import dxcheck.text.Terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one run: what was read, against which policy, what was found, and what the rules
 * folder knows to word it (labels, rule families).
 */
public record Report(String toolVersion, LocalDate asOf, List<String> inputs, List<PolicyDocument> policies,
                     List<Finding> findings, Map<String, RuleInfo> rules, Map<String, Waiver> waivers,
                     Scorecard scorecard, boolean explain, Knowledge knowledge) {

    /** The same report, showing (or not) what each rule matched. */
    public Report withExplain(boolean on) {
        return new Report(toolVersion, asOf, inputs, policies, findings, rules, waivers, scorecard, on, knowledge);
    }

    /** Whether the run fails at the threshold: a finding at or above it that no waiver covers (exit code 1). */
    public boolean failing(FailOn threshold) {
        return findings.stream().anyMatch(threshold::fails);
    }

    /** The labels of the vocabularies, for messages. */
    public Terms terms() {
        return knowledge.terms();
    }

    /** The name of a rule family (its letters when the rules folder does not name it). */
    public String familyName(String family, Lang lang) {
        return knowledge.families().name(family, lang);
    }

    /** The legal bases of a finding's rule in force at the report's date, in words (empty when it rests on none). */
    public String legalBasis(Finding f, Lang lang) {
        return rule(f).legalBasis(lang, asOf);
    }

    /** The references of a finding's rule written by the report's date, in words. */
    public String references(Finding f, Lang lang) {
        return rule(f).references(lang, asOf);
    }

    /**
     * The policies above the national one, each named with where it came from ("quang-ninh-2022 (trong đầu vào:
     * fixtures/quang-ninh/policy.yaml)"), or an empty string when only the national policy applies.
     */
    public String policiesApplied(Lang lang) {
        StringBuilder b = new StringBuilder();
        for (PolicyDocument p : policies) {
            if (p.origin() == PolicyDocument.Origin.RULES) {
                continue;
            }
            String file = p.source().location().file();
            String where = p.origin() == PolicyDocument.Origin.INPUT ? Msg.POLICY_FROM_INPUTS.format(lang, file)
                    : Msg.POLICY_FROM_OPTION.format(lang, file);
            b.append(b.length() == 0 ? "" : "; ").append(p.id()).append(" (").append(where).append(')');
        }
        return b.toString();
    }

    /** The waiver that covers a finding, or null. */
    public Waiver waiver(Finding f) {
        return f.isWaived() ? waivers.get(f.getWaiverId()) : null;
    }

    public RuleInfo rule(Finding f) {
        return rules.get(f.getRule());
    }

    public String message(Finding f, Lang lang) {
        return MessageText.render(rule(f).message(lang, f.getVariant()), f.getParams(), lang, terms());
    }

    /** The findings grouped by subject, the subjects in the order of their first finding. */
    public Map<String, List<Finding>> bySubject() {
        Map<String, List<Finding>> by = new java.util.LinkedHashMap<>();
        findings.forEach(f -> by.computeIfAbsent(f.getSubject(), k -> new java.util.ArrayList<>()).add(f));
        return by;
    }

    public Summary summary() {
        return Summary.of(findings);
    }

    /** Counts of findings that are not waived, by severity, and of waived ones. */
    public record Summary(int error, int warning, int info, int waived, int subjects, int rules) {
        static Summary of(List<Finding> findings) {
            int[] bySeverity = new int[Severity.values().length];
            int waived = 0;
            for (Finding f : findings) {
                if (f.isWaived()) {
                    waived++;
                } else {
                    bySeverity[f.getSeverity().ordinal()]++;
                }
            }
            long subjects = findings.stream().map(Finding::getSubject).distinct().count();
            long rules = findings.stream().map(Finding::getRule).distinct().count();
            return new Summary(bySeverity[0], bySeverity[1], bySeverity[2], waived, (int) subjects, (int) rules);
        }
    }
}
