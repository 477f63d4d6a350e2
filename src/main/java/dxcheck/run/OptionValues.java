package dxcheck.run;

import dxcheck.model.FailOn;
import dxcheck.text.Lang;
import dxcheck.text.Shown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The values of a check's options, parsed from text in one place: the command line's converters and the HTTP API's
 * parameters call these, so each option has one parser and one error text ({@link Bad#expected}), which the command
 * line shows as "option --lang: …" and the API as "parameter lang: …".
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** One of the parsers here, as the command line's converters and the API's parameters call them. */
    public interface Parser<T> {
        T parse(String value) throws Bad;
    }

    /** A value the option does not take: the value as shown safely, and what the option takes. */
    public static final class Bad extends Exception {
        private final String expected;

        Bad(String value, String takes) {
            super("'" + Shown.echo(value) + "' (" + takes + ")", null, false, false);
            this.expected = getMessage();
        }

        /** "'xx' (vi | en)": the value and what the option takes. */
        public String expected() {
            return expected;
        }
    }

    public static Lang lang(String s) throws Bad {
        if ("vi".equals(s) || "en".equals(s)) {
            return Lang.parse(s);
        }
        throw new Bad(String.valueOf(s), "vi | en");
    }

    /** The language asked for, or the fallback when the value is missing or not one (for messages about a request). */
    public static Lang langOr(String s, Lang fallback) {
        try {
            return lang(s);
        } catch (Bad e) {
            return fallback;
        }
    }

    /** A day YYYY-MM-DD; none (null or empty) is today. */
    public static LocalDate asOf(String s) throws Bad {
        if (s == null || s.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Bad(s, "YYYY-MM-DD");
        }
    }

    public static FailOn failOn(String s) throws Bad {
        try {
            return FailOn.parse(s);
        } catch (IllegalArgumentException e) {
            throw new Bad(String.valueOf(s), FailOn.CHOICES);
        }
    }

    /** One of the formats a command or route writes. */
    public static String format(String s, List<String> allowed) throws Bad {
        if (allowed.contains(s)) {
            return s;
        }
        throw new Bad(String.valueOf(s), String.join(" | ", allowed));
    }
}
