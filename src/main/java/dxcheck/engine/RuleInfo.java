package dxcheck.engine;

import dxcheck.model.Citation;
import dxcheck.model.LegalSource;
import dxcheck.model.Location;
import dxcheck.model.Severity;
import dxcheck.text.CitationText;
import dxcheck.text.Lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule's metadata as written in its DRL: @id, @severity, @subject, titles, its legal bases (@legalBasis) and
 * references (@references) by the ids of legal-sources.yaml, remediation and message. A rule that is a part of a
 * requirement may carry a message of its own (a variant, by the part's rule name) for a case the main message would
 * word badly, e.g. a value that was never reported.
 */
public record RuleInfo(String id, String name, Severity severity, String subject, String titleVi, String titleEn,
                       List<Citation> legalBases, List<Citation> references,
                       String remediationVi, String remediationEn, String messageVi, String messageEn,
                       Map<String, List<String>> variants, List<String> policyKeys, Location location)
        implements java.io.Serializable {

    /** What a rule's findings are about (@subject), as in the catalogue's subject column; optional. */
    public static final List<String> SUBJECTS = List.of("agency", "system", "service", "jurisdiction", "plan", "task",
            "target", "waiver", "policy");

    /** The metadata keys every rule must carry (and one of @legalBasis, @references). */
    public static final List<String> REQUIRED = List.of("id", "severity", "titleVi", "titleEn", "remediationVi",
            "remediationEn", "messageVi", "messageEn");

    /** The same rule with the keys that its other parts (rules sharing its id) read. */
    public RuleInfo withMoreKeys(List<String> more) {
        List<String> all = new ArrayList<>(policyKeys);
        more.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return new RuleInfo(id, name, severity, subject, titleVi, titleEn, legalBases, references, remediationVi,
                remediationEn, messageVi, messageEn, variants, List.copyOf(all), location);
    }

    /** The same rule with the message of one of its parts, for the findings that part makes. */
    public RuleInfo withVariant(String part, String vi, String en) {
        Map<String, List<String>> all = new TreeMap<>(variants);
        all.put(part, List.of(vi, en));
        return new RuleInfo(id, name, severity, subject, titleVi, titleEn, legalBases, references, remediationVi,
                remediationEn, messageVi, messageEn, Map.copyOf(all), policyKeys, location);
    }

    /** The same rule with its citations joined to the legal sources they name. */
    public RuleInfo withSources(Map<String, LegalSource> sources) {
        return new RuleInfo(id, name, severity, subject, titleVi, titleEn, join(legalBases, sources),
                join(references, sources), remediationVi, remediationEn, messageVi, messageEn, variants, policyKeys,
                location);
    }

    private static List<Citation> join(List<Citation> cs, Map<String, LegalSource> sources) {
        return cs.stream().map(c -> c.resolved(sources.get(c.sourceId()))).toList();
    }

    /**
     * Whether the requirement applies on a day: when one of its legal bases is in force then, or when it rests on
     * references alone (good practice, a policy choice), which have no day of effect.
     */
    public boolean appliesAt(LocalDate day) {
        return legalBases.isEmpty() || legalBases.stream().anyMatch(c -> c.citableAt(day));
    }

    public String title(Lang lang) {
        return lang == Lang.VI ? titleVi : titleEn;
    }

    /** The legal bases in force on the day, in words; empty when the rule has none then. */
    public String legalBasis(Lang lang, LocalDate day) {
        return CitationText.all(legalBases, day, lang);
    }

    /** The references written by the day, in words. */
    public String references(Lang lang, LocalDate day) {
        return CitationText.all(references, day, lang);
    }

    public String message(Lang lang) {
        return lang == Lang.VI ? messageVi : messageEn;
    }

    /** The message of a part (variant), or the rule's own message when the part has none. */
    public String message(Lang lang, String variant) {
        List<String> v = variant == null ? null : variants.get(variant);
        return v == null ? message(lang) : v.get(lang == Lang.VI ? 0 : 1);
    }

    public String remediation(Lang lang) {
        return lang == Lang.VI ? remediationVi : remediationEn;
    }
}
