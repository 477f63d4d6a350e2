package dxcheck.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template ("Sở có {actual} cán bộ, tối thiểu {min} ({key})") with a finding's values, in the
 * words of the language: a vocabulary value by its label (cấp xã, một phần), numbers with the language's decimal mark
 * (80,53 / 80.53), dates as the language writes them (30/9/2024 / 30 Sep 2024), a missing value as "chưa báo cáo".
 */
public final class MessageText {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Whole numbers from here up are grouped (250.000 / 250,000); years and small counts are not. */
    private static final long GROUP_FROM = 10_000;

    private MessageText() {
    }

    /** {name} becomes the value of name; a placeholder without a value stays as written. */
    public static String render(String template, Map<String, Object> params, Lang lang, Terms terms) {
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
                out.append(value(params.get(name), lang, terms));
            } else {
                out.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }

    /** A value in words, without labels (evidence, policy values): numbers and dates still follow the language. */
    public static String value(Object v, Lang lang) {
        return value(v, lang, Terms.NONE);
    }

    public static String value(Object v, Lang lang, Terms terms) {
        if (v == null) {
            return Msg.NOT_REPORTED.format(lang);
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return decimal(new BigDecimal(v.toString()), lang);
        }
        if (v instanceof Long || v instanceof Integer) {
            return whole(((Number) v).longValue(), lang);
        }
        if (v instanceof LocalDate d) {
            return date(d, lang);
        }
        if (v instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder();
            for (Object o : c) {
                b.append(b.length() == 0 ? "" : ", ").append(value(o, lang, terms));
            }
            return b.toString();
        }
        if (v instanceof String s) {
            return terms.labelOr(s, lang);
        }
        return v.toString();
    }

    /** 80,53 (vi) / 80.53 (en): at most two decimals, none when whole. */
    public static String decimal(BigDecimal value, Lang lang) {
        BigDecimal d = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.scale() <= 0) {
            return whole(d.setScale(0).longValueExact(), lang);
        }
        String s = d.toPlainString();
        return lang == Lang.VI ? s.replace('.', ',') : s;
    }

    public static String whole(long n, Lang lang) {
        if (Math.abs(n) < GROUP_FROM) {
            return Long.toString(n);
        }
        String grouped = String.format(Locale.ROOT, "%,d", n);
        return lang == Lang.VI ? grouped.replace(',', '.') : grouped;
    }

    public static String date(LocalDate d, Lang lang) {
        return (lang == Lang.VI ? VI_DATE : EN_DATE).format(d);
    }

    /** A share in percent with one or two decimals, as the language writes it (scorecards). */
    public static String percent(double p, Lang lang) {
        return decimal(BigDecimal.valueOf(p), lang);
    }
}
