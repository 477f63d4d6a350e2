package dxcheck.model;

/**
 * The --fail-on threshold: a finding fails the run when it is at or above the threshold and not waived; with
 * {@link #NEVER} nothing fails. The one place the exit decision is made (check, diff, serve's exit-code header, the
 * JUnit report's failures).
 */
public record FailOn(Severity threshold) {
    public static final FailOn NEVER = new FailOn(null);
    public static final FailOn ERROR = new FailOn(Severity.ERROR);
    /** What --fail-on takes, in the order --help lists them. */
    public static final String CHOICES = "error | warning | info | never";

    /** error, warning, info or never; anything else is an IllegalArgumentException. */
    public static FailOn parse(String s) {
        return "never".equals(s) ? NEVER : new FailOn(Severity.parse(s));
    }

    public boolean fails(Severity severity, boolean waived) {
        return threshold != null && !waived && severity.atLeast(threshold);
    }

    public boolean fails(Finding f) {
        return fails(f.getSeverity(), f.isWaived());
    }
}
