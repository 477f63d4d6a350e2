package dxcheck.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A requirement not met by a subject, located in the input. Created by rules (see engine.Findings) and
 * inserted into the session so waiver rules can match it; only the waiver mark changes afterwards.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final String subject;
    private final Location location;
    private final Map<String, Object> params;
    private String waiverId;

    public Finding(String rule, Severity severity, String subject, Location location, Map<String, Object> params) {
        this.rule = Objects.requireNonNull(rule);
        this.severity = Objects.requireNonNull(severity);
        this.subject = Objects.requireNonNull(subject);
        this.location = Objects.requireNonNull(location);
        this.params = Collections.unmodifiableMap(params);
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
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
        return rule + " " + severity.id() + " " + subject + " @ " + location;
    }
}
