package dxcheck.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/** Fills a rule's message template ("Sở có {actual} cán bộ, tối thiểu {min} ({key})") with a finding's values. */
public final class MessageText {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private MessageText() {
    }

    /** {name} becomes the value of name; a placeholder without a value stays as written. */
    public static String render(String template, Map<String, Object> params, Lang lang) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            out.append(template, i, open);
            if (NAME.matcher(name).matches() && params.containsKey(name)) {
                out.append(value(params.get(name), lang));
            } else {
                out.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }

    /** Numbers without needless decimals (5, not 5.0), Vietnamese decimal comma; lists joined by commas. */
    public static String value(Object v, Lang lang) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(v.toString()).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            return lang == Lang.VI ? s.replace('.', ',') : s;
        }
        if (v instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder();
            for (Object o : c) {
                b.append(b.length() == 0 ? "" : ", ").append(value(o, lang));
            }
            return b.toString();
        }
        return v.toString();
    }
}
