package dxcheck.text;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one table of labels (rules/terms.yaml): every value of a closed vocabulary (levels, types, modes, pillars,
 * sectors, indicators, roles, statuses), the field names that messages name in prose, the kinds of legal sources and
 * the provinces, each with a Vietnamese and an English label. A value is labelled the same wherever it appears, so
 * messages can name it in words instead of as an id.
 */
public final class Terms implements java.io.Serializable {
    public static final Terms NONE = new Terms(Map.of());

    private final Map<String, String[]> labels;

    public Terms(Map<String, String[]> labels) {
        this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** The label of a value in a language, or null when the table does not name it. */
    public String label(String value, Lang lang) {
        String[] l = labels.get(value);
        return l == null ? null : l[lang == Lang.VI ? 0 : 1];
    }

    /** The label, or the value itself when it has none. */
    public String labelOr(String value, Lang lang) {
        String l = label(value, lang);
        return l == null ? value : l;
    }

    public boolean has(String value) {
        return labels.containsKey(value);
    }

    /** Every labelled value. */
    public java.util.Set<String> values() {
        return labels.keySet();
    }
}
