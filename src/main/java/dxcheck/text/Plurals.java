package dxcheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English plurals in a message template: after a word, "{s}" is added unless the number before it is 1 ("%d
 * error{s}": "1 error", "14 errors") and "{y|ies}" picks the first form for 1 and the second otherwise ("%d
 * agenc{y|ies}"). The number is the last numeric argument the template formats before the marker. Vietnamese
 * nouns do not change with number, so the Vietnamese templates have no markers.
 */
final class Plurals {
    private static final Pattern TOKEN = Pattern.compile(
            "%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?[tT]?([a-zA-Z%])|(?<=[A-Za-z])\\{([a-z]*)(?:\\|([a-z]+))?}");

    private Plurals() {
    }

    static String resolve(String template, Object[] args) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        int next = 0;
        Object last = null;
        while (m.find()) {
            if (m.group(2) != null) {
                char conversion = m.group(2).charAt(0);
                if (conversion != '%' && conversion != 'n') {
                    int index = m.group(1) != null ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1
                            : next++;
                    last = index < args.length ? args[index] : null;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                boolean one = last instanceof Number n && n.doubleValue() == 1;
                String form = m.group(4) == null ? (one ? "" : m.group(3)) : (one ? m.group(3) : m.group(4));
                m.appendReplacement(out, Matcher.quoteReplacement(form));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
