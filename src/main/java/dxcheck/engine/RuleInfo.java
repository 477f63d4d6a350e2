package dxcheck.engine;

import dxcheck.model.Location;
import dxcheck.model.Severity;
import dxcheck.text.Lang;

import java.util.List;

/** A rule's metadata as written in its DRL (@id, @severity, titles, legal basis, remediation, message). */
public record RuleInfo(String id, String name, Severity severity, String subject, String titleVi, String titleEn, String legalBasisVi,
                       String legalBasisEn,
                       String remediationVi, String remediationEn, String messageVi, String messageEn,
                       List<String> policyKeys, Location location) implements java.io.Serializable {

    /** What a rule's findings are about (@subject), as in the catalogue's subject column; optional. */
    public static final List<String> SUBJECTS = List.of("agency", "system", "service", "jurisdiction", "plan", "task",
            "target", "waiver");

    /** The metadata keys every rule must carry. */
    public static final List<String> REQUIRED = List.of("id", "severity", "titleVi", "titleEn", "legalBasisVi", "legalBasisEn",
            "remediationVi", "remediationEn", "messageVi", "messageEn");

    /** The same rule with the keys that its other parts (rules sharing its id) read. */
    public RuleInfo withMoreKeys(List<String> more) {
        List<String> all = new java.util.ArrayList<>(policyKeys);
        more.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return new RuleInfo(id, name, severity, subject, titleVi, titleEn, legalBasisVi, legalBasisEn, remediationVi,
                remediationEn, messageVi, messageEn, List.copyOf(all), location);
    }

    /** The family of a rule id: its letters (STF of STF-001), by which reports group rules. */
    public static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }

    public String title(Lang lang) {
        return lang == Lang.VI ? titleVi : titleEn;
    }

    public String legalBasis(Lang lang) {
        return lang == Lang.VI ? legalBasisVi : legalBasisEn;
    }

    public String message(Lang lang) {
        return lang == Lang.VI ? messageVi : messageEn;
    }

    public String remediation(Lang lang) {
        return lang == Lang.VI ? remediationVi : remediationEn;
    }
}
