package dxcheck.load;

import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of one YAML mapping, in order, with their entries, and the keys its reader asked for — without a hash map
 * (issue 16: most mappings have a few keys, and a national load makes millions of them); a mapping of more than
 * {@link #INDEXED} keys (policy thresholds, say) gets an index, so no lookup is ever linear in a large mapping.
 */
final class YamlKeys {
    private static final int INDEXED = 16;

    private final String[] keys;
    private final NodeTuple[] tuples;
    private int size;
    private final Map<String, Integer> index;
    /** Asked keys in the order first asked (named when an unknown key is reported); a set too once many. */
    private final List<String> asked = new ArrayList<>(8);
    private Set<String> askedSet;

    YamlKeys(int capacity) {
        keys = new String[capacity];
        tuples = new NodeTuple[capacity];
        index = capacity > INDEXED ? new HashMap<>(capacity * 2) : null;
    }

    /** Adds key unless already there; returns the entry already holding it, or null. */
    NodeTuple add(String key, NodeTuple t) {
        NodeTuple first = get(key);
        if (first != null) {
            return first;
        }
        if (index != null) {
            index.put(key, size);
        }
        keys[size] = key;
        tuples[size] = t;
        size++;
        return null;
    }

    NodeTuple get(String key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? null : tuples[i];
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return tuples[i];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    String key(int i) {
        return keys[i];
    }

    NodeTuple tuple(int i) {
        return tuples[i];
    }

    /** Marks a key as asked for (getters ask with the same literals, so the list's equals is mostly ==). */
    void ask(String key) {
        if (askedSet != null) {
            if (askedSet.add(key)) {
                asked.add(key);
            }
        } else if (!asked.contains(key)) {
            asked.add(key);
            if (asked.size() > INDEXED) {
                askedSet = new HashSet<>(asked);
            }
        }
    }

    boolean asked(String key) {
        return askedSet != null ? askedSet.contains(key) : asked.contains(key);
    }

    List<String> askedInOrder() {
        return asked;
    }
}
