package dxcheck.model;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException(s);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
