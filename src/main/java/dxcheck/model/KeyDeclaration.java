package dxcheck.model;

import java.util.List;

/**
 * What the national policy (the rules folder's policy.yaml) declares about a key beside its value: which way is
 * stricter, and whether the national value is a floor a province may tighten but never relax (a key whose
 * requirement has a legal basis), or a default a province sets as it chooses (floor: false — a policy choice).
 */
public record KeyDeclaration(String key, Stricter stricter, boolean floor, List<String> basis, Location location) {

    /** Which way a value is stricter than another. */
    public enum Stricter {
        /** a minimum: a higher value is stricter */
        HIGHER,
        /** a maximum or a number of months: a lower value is stricter */
        LOWER,
        /** a deadline or a start date: an earlier date is stricter */
        EARLIER,
        /** a date set by law: not a province's to move */
        FIXED,
        /** a list of requirements: a list holding all the national ones (and more) is stricter */
        MORE,
        /** a list of allowed values: a list within the national one is stricter */
        FEWER,
        /** a switch: on (true) is stricter */
        ON;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Stricter parse(String s) {
            for (Stricter v : values()) {
                if (v.id().equals(s)) {
                    return v;
                }
            }
            return null;
        }

        public static String ids() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Stricter::id).toList());
        }

        /** Whether a value is at least as strict as the national one. */
        public boolean atLeastAsStrict(Object value, Object national) {
            return switch (this) {
                case HIGHER -> number(value) >= number(national);
                case LOWER -> number(value) <= number(national);
                case EARLIER -> !((java.time.LocalDate) value).isAfter((java.time.LocalDate) national);
                case FIXED -> value.equals(national);
                case MORE -> ((List<?>) value).containsAll((List<?>) national);
                case FEWER -> ((List<?>) national).containsAll((List<?>) value);
                case ON -> Boolean.TRUE.equals(value) || Boolean.FALSE.equals(national);
            };
        }

        private static double number(Object o) {
            return ((Number) o).doubleValue();
        }
    }
}
