package dxcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One policy value that rules read by key, e.g. {@code Threshold(key == "staffing.dxLead.minDedicated", $min : number)}.
 * The value is a number, a flag, a date, a text or a list of texts; the typed accessors return null for another type.
 * A target set for a year (the national policy's byYear, e.g. the 2025 targets of Decisions 749 and 942) carries that
 * year, and {@code due} says whether the year has come at --as-of: before it, a rule warns about the path and never
 * reports an error.
 */
public record Threshold(String key, Object value, String policyId, Location location, Integer year, boolean due) {

    /** A value that applies whatever the date. */
    public Threshold(String key, Object value, String policyId, Location location) {
        this(key, value, policyId, location, null, true);
    }

    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public Boolean getFlag() {
        return value instanceof Boolean b ? b : null;
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    public String getText() {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> getList() {
        return value instanceof List<?> l ? (List<String>) l : null;
    }

    /** The same value from another layer (a province's), keeping the year of the national target it replaces. */
    public Threshold replacedBy(Object newValue, String newPolicyId, Location at) {
        return new Threshold(key, newValue, newPolicyId, at, year, due);
    }
}
