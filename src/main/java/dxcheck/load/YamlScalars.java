package dxcheck.load;

import dxcheck.text.Msg;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Single values of a YAML document read strictly, as {@link YamlMap}'s getters need them: whole numbers within bounds,
 * flags, and the plain values of mappings whose keys are data (policy thresholds). A value of the wrong type is an
 * error at its place, and the reader gets null.
 */
final class YamlScalars {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");

    private YamlScalars() {
    }

    /** A whole number from min to max; a count (min 0) says "a whole number ≥ 0" for any wrong value. */
    static Long integer(YamlText text, ScalarNode s, String where, long min, long max) {
        String raw = s.getValue().replace("_", "");
        boolean isInt = s.getTag().equals(Tag.INT) && INTEGER.matcher(s.getValue()).matches();
        Msg typeMsg = min == 0 ? Msg.EXPECTED_COUNT : Msg.EXPECTED_INTEGER;
        if (!isInt) {
            text.error(s, where, typeMsg, YamlText.describe(s));
            return null;
        }
        long v;
        try {
            v = Long.parseLong(raw.startsWith("+") ? raw.substring(1) : raw);
        } catch (NumberFormatException e) {
            text.error(s, where, Msg.OUT_OF_RANGE, min, max, s.getValue());
            return null;
        }
        if (v < min || v > max) {
            if (min == 0) {
                text.error(s, where, typeMsg, YamlText.describe(s));
            } else {
                text.error(s, where, Msg.OUT_OF_RANGE, min, max, s.getValue());
            }
            return null;
        }
        return v;
    }

    /** What {@link #plainDigits} returns for anything but plain digits. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The value of an integer written as plain digits (at most 18, so no overflow), or {@link #NOT_PLAIN} for anything
     * else, which {@link #integer} then reads strictly, errors and all: the common case without a regular expression.
     */
    static long plainDigits(ScalarNode s) {
        String v = s.getValue();
        int n = v.length();
        if (n == 0 || n > 18 || !s.getTag().equals(Tag.INT)) {
            return NOT_PLAIN;
        }
        long out = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }

    /** true or false when written as YAML's booleans, else null (and {@link #flag} says what is wrong). */
    static Boolean plainFlag(ScalarNode s) {
        if (!s.getTag().equals(Tag.BOOL)) {
            return null;
        }
        return switch (s.getValue()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** What YamlMap's id pattern ([A-Za-z0-9._-]+) matches, without a matcher: a national load reads a million ids. */
    static boolean isId(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A number (Long or Double), a flag, a date, a text or a list of texts. */
    static Object plain(YamlText text, Node v, String where) {
        if (v instanceof SequenceNode) {
            List<String> items = new ArrayList<>();
            for (Node n : ((SequenceNode) v).getValue()) {
                if (isNull(n)) {
                    text.error(n, where, Msg.EXPECTED_TEXT, "null");
                } else if (n instanceof ScalarNode s && text.checkTag(s, where)) {
                    items.add(s.getValue());
                } else if (!(n instanceof ScalarNode)) {
                    text.error(n, where, Msg.EXPECTED_TEXT, YamlText.describe(n));
                }
            }
            return List.copyOf(items);
        }
        if (!(v instanceof ScalarNode s)) {
            text.error(v, where, Msg.EXPECTED_SCALAR, YamlText.describe(v));
            return null;
        }
        if (!text.checkTag(s, where)) {
            return null;
        }
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) && INTEGER.matcher(s.getValue()).matches()) {
            try {
                return Long.parseLong(s.getValue().replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) { // past 2^63: found by FuzzTest (seed 2026) as an internal error
                text.error(s, where, Msg.OUT_OF_RANGE, Long.MIN_VALUE, Long.MAX_VALUE, s.getValue());
                return null;
            }
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            Double d = YamlText.number(s);
            if (d == null) {
                text.error(s, where, Msg.EXPECTED_NUMBER, YamlText.describe(s));
            }
            return d;
        }
        if (tag.equals(Tag.BOOL)) {
            return flag(text, s, where);
        }
        return tag.equals(Tag.TIMESTAMP) ? YamlText.date(s, text, where) : s.getValue();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** true or false, written as YAML's booleans (not "yes", not a quoted "true"). */
    static Boolean flag(YamlText text, ScalarNode s, String where) {
        return switch (s.getTag().equals(Tag.BOOL) ? s.getValue() : "") {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                text.error(s, where, Msg.EXPECTED_FLAG, YamlText.describe(s));
                yield null;
            }
        };
    }
}
