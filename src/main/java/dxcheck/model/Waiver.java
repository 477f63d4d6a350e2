package dxcheck.model;

import java.time.LocalDate;

/** An inspector's accepted exception for a rule and a subject ("*" for any subject). */
public record Waiver(String id, String grantedBy, LocalDate grantedOn, String rule, String subject, String reason,
                     LocalDate expires, Source source) implements Subject {

    public static final String ANY_SUBJECT = "*";

    @Override
    public String subjectId() {
        return id;
    }

    public boolean covers(String ruleId, String subjectId) {
        return rule.equals(ruleId) && (ANY_SUBJECT.equals(subject) || subject.equals(subjectId));
    }
}
