package dxcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One policy value that rules read by key, e.g. {@code Threshold(key == "staffing.dxLead.minDedicated", $min : number)}.
 * The value is a number, a flag, a date, a text or a list of texts; the typed accessors return null for another type.
 */
public record Threshold(String key, Object value, String policyId, Location location) {

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
}
