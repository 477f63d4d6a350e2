package dxcheck.model;

import java.time.LocalDate;

/**
 * A rule's citation of a legal source, as its metadata writes it: {@code "ND-85-2016 art. 8-9"} is the source id and
 * the provision cited. The source is null until the rule base is joined with the rules folder's legal sources.
 */
public record Citation(String sourceId, String provision, LegalSource source) implements java.io.Serializable {

    public Citation resolved(LegalSource s) {
        return new Citation(sourceId, provision, s);
    }

    public boolean citableAt(LocalDate day) {
        return source != null && source.citableAt(day);
    }

    /** "QD-749-2020 sec. II.2; NQ-57-2024" → the citations in the order written. */
    public static java.util.List<Citation> parseAll(String metadata) {
        java.util.List<Citation> out = new java.util.ArrayList<>();
        if (metadata == null) {
            return out;
        }
        for (String part : metadata.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int space = p.indexOf(' ');
            out.add(new Citation(space < 0 ? p : p.substring(0, space), space < 0 ? "" : p.substring(space + 1).strip(),
                    null));
        }
        return out;
    }
}
