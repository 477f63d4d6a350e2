package dxcheck.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A source made from the loader's two arrays (issue 16) is the one made from a map of the same fields. */
class SourceTest {
    private static final Location AT = new Location("a.yaml", 3, 1);

    @Test
    void arraysAndMapGiveTheSameSource() {
        String[] paths = {"spec", "spec.head", "kind", "spec.head.name", "metadata", "metadata.id", "spec.b", "spec.a"};
        int[] positions = new int[paths.length * 2];
        Map<String, Location> fields = new LinkedHashMap<>();
        for (int i = 0; i < paths.length; i++) {
            positions[2 * i] = 10 + i;
            positions[2 * i + 1] = 1 + i % 3;
            fields.put(paths[i], AT.at(10 + i, 1 + i % 3));
        }
        Source.Shapes shapes = new Source.Shapes();
        Source fromArrays = new Source(AT, paths, positions, paths.length, shapes);
        assertEquals(new Source(AT, fields), fromArrays);
        assertEquals(fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                fromArrays.fields().entrySet().stream().toList());
        assertEquals(AT.at(13, 1), fromArrays.locate("spec.head.name"));
        assertEquals(AT.at(11, 2), fromArrays.locate("spec.head.position"), "a missing field: its parent");
        assertEquals(AT, fromArrays.locate("nowhere"));
    }

    @Test
    void aPathReadTwiceIsKeptOnceAndOnlyTheFirstNCount() {
        String[] paths = {"b", "a", "b", "c", "ignored"};
        int[] positions = {2, 1, 1, 1, 2, 1, 4, 1, 9, 9};
        Source s = new Source(AT, paths, positions, 4, null);
        assertEquals(Map.of("a", AT.at(1, 1), "b", AT.at(2, 1), "c", AT.at(4, 1)), s.fields());
    }

    @Test
    void noFieldsAtAll() {
        assertEquals(new Source(AT, Map.of()), new Source(AT, new String[0], new int[0], 0, null));
    }
}
