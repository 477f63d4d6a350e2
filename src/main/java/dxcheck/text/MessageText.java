package dxcheck.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a rule's message template ("Sở có {actual} cán bộ, tối thiểu {min} ({key})") with a finding's values. */
public final class MessageText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private MessageText() {
    }

    public static String render(String template, Map<String, Object> params, Lang lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.containsKey(name) ? value(params.get(name), lang) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
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
