package dxcheck.model;

import java.time.LocalDate;

/**
 * A text a rule cites, from the rules folder's legal-sources.yaml: a legal instrument (a law, decree, decision,
 * directive, circular, resolution or official letter — a legal basis) or a reference (an article, a review, a draft,
 * a policy choice — shown apart, never as law). {@code from} is the day an instrument takes effect, or a reference's
 * date (LocalDate.MIN when it has none); {@code until} the day an instrument stopped having effect (replaced or
 * repealed), null while in force. The kind is labelled in both languages (Quyết định / Decision).
 */
public record LegalSource(String id, boolean instrument, String kind, String kindVi, String kindEn, String number, String shortVi, String shortEn,
                          String titleVi, String titleEn, String issuerVi, String issuerEn, LocalDate signed,
                          LocalDate from, LocalDate until, String url, Location location)
        implements java.io.Serializable {

    /** The legal instruments a rule may name as its basis (rule-catalogue.md v2); everything else is a reference. */
    public static final java.util.List<String> INSTRUMENT_KINDS = java.util.List.of("law", "decree", "decision",
            "directive", "circular", "resolution", "official-letter");

    /** In force (an instrument) or already written (a reference) on that day. */
    public boolean citableAt(LocalDate day) {
        return !from.isAfter(day) && (until == null || day.isBefore(until));
    }
}
