package dxcheck.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A key a provincial Policy (one with metadata.jurisdiction, or one found among the inputs) sets, beside the national
 * value it would replace and the way the national policy says is stricter: the fact POL-001 judges. A value less strict
 * than a national floor is not applied; the national value stays in force.
 */
public record PolicyOverride(String policyId, String key, Object value, Integer year, Object national,
                             Integer nationalYear, String stricter, boolean floor, Location location)
        implements Subject {

    @Override
    public String subjectId() {
        return policyId;
    }

    @Override
    public Source source() {
        return new Source(location, Map.of());
    }

    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public Double getNationalNumber() {
        return national instanceof Number n ? n.doubleValue() : null;
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    public LocalDate getNationalDate() {
        return national instanceof LocalDate d ? d : null;
    }

    public Boolean getFlag() {
        return value instanceof Boolean b ? b : null;
    }

    public Boolean getNationalFlag() {
        return national instanceof Boolean b ? b : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> getList() {
        return value instanceof List<?> l ? (List<String>) l : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> getNationalList() {
        return national instanceof List<?> l ? (List<String>) l : null;
    }
}
