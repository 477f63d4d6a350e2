package dxcheck.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A requirement not met by a subject, located in the input. Created by rules (see engine.Findings) and
 * inserted into the session so waiver rules can match it; only the waiver mark changes afterwards.
 */
public final class Finding {
    private final String rule;
    private Severity severity;
    private final String subject;
    private final Location location;
    private final String field;
    private final String owner;
    private final Map<String, Object> params;
    private final List<Evidence> evidence;
    private final String variant;
    private String waiverId;

    public Finding(String rule, Severity severity, String subject, String owner, Location location, String field,
                   Map<String, Object> params, List<Evidence> evidence) {
        this(rule, severity, subject, owner, location, field, params, evidence, null);
    }

    /** variant: the part of the requirement whose own message words this finding, or null for the rule's message. */
    public Finding(String rule, Severity severity, String subject, String owner, Location location, String field,
                   Map<String, Object> params, List<Evidence> evidence, String variant) {
        this.variant = variant;
        this.owner = owner == null ? subject : owner;
        this.field = field == null ? "" : field;
        this.rule = Objects.requireNonNull(rule);
        this.severity = severity;
        this.subject = Objects.requireNonNull(subject);
        this.location = Objects.requireNonNull(location);
        this.params = Collections.unmodifiableMap(params);
        this.evidence = List.copyOf(evidence);
    }

    /** The agency (or plan, jurisdiction, waiver) the subject belongs to, for summaries by agency. */
    public String getOwner() {
        return owner;
    }

    /** The field the finding is about, as the rule named it (e.g. spec.staffing.dedicatedDxStaff). */
    public String getField() {
        return field;
    }

    /**
     * A stable identity across runs and drafts, independent of line numbers: rule, subject, field and the texts
     * among the values (an indicator, a procedure code) — not the measured numbers, which change from draft to draft.
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder(rule).append('|').append(subject).append('|').append(field);
        if (variant != null) {
            b.append('|').append(variant);
        }
        new java.util.TreeMap<>(params).forEach((k, v) -> {
            if (v instanceof String s) {
                b.append('|').append(k).append('=').append(s);
            }
        });
        return b.toString();
    }

    /** The part of the requirement whose message words this finding (its DRL rule name), or null. */
    public String getVariant() {
        return variant;
    }

    /** What the rule matched (its declarations and facts), for --explain. */
    public List<Evidence> getEvidence() {
        return evidence;
    }

    public String getRule() {
        return rule;
    }

    /** Null until resolved when the rule that made it is a part of a requirement defined by another rule. */
    public Severity getSeverity() {
        return severity;
    }

    public void resolveSeverity(Severity defined) {
        if (severity == null) {
            severity = defined;
        }
    }

    public String getSubject() {
        return subject;
    }

    public Location getLocation() {
        return location;
    }

    /** Named values for the message: actual and expected values, policy keys. */
    public Map<String, Object> getParams() {
        return params;
    }

    public String getWaiverId() {
        return waiverId;
    }

    public void setWaiverId(String waiverId) {
        this.waiverId = waiverId;
    }

    public boolean isWaived() {
        return waiverId != null;
    }

    @Override
    public String toString() {
        return rule + " " + (severity == null ? "?" : severity.id()) + " " + subject + " @ " + location;
    }
}
