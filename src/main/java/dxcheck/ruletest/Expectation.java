package dxcheck.ruletest;

import dxcheck.model.Finding;

/**
 * A finding a case expects (or forbids): the rule, and optionally subject, severity, line, waived state and how many
 * such findings there must be ({@code count}); {@code at} is the line of the case file where it is written.
 */
public record Expectation(String rule, String subject, String severity, Integer line, Boolean waived, Integer count,
                          int at) {

    public Expectation(String rule, String subject, String severity, Integer line, Boolean waived) {
        this(rule, subject, severity, line, waived, null, 0);
    }

    public boolean matches(Finding f) {
        return rule.equals(f.getRule())
                && (subject == null || subject.equals(f.getSubject()))
                && (severity == null || severity.equals(f.getSeverity().id()))
                && (line == null || line == f.getLocation().line())
                && (waived == null || waived == f.isWaived());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(count == null ? "" : count + " × ").append(rule);
        if (subject != null) {
            b.append(' ').append(subject);
        }
        if (severity != null) {
            b.append(" (").append(severity).append(')');
        }
        if (line != null) {
            b.append(" line ").append(line);
        }
        if (waived != null) {
            b.append(waived ? " waived" : " not waived");
        }
        return b.toString();
    }
}
