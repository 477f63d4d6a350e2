package dxcheck.load;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mapping's keys without a hash map (few keys) and with one (many): the same answers either way (issue 16). */
class YamlKeysTest {
    private static NodeTuple tuple(String key) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN),
                new ScalarNode(Tag.STR, "v", null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    @Test
    void smallAndLargeMappingsFindKeysAndRefuseDuplicates() {
        for (int n : new int[] {3, 16, 17, 200}) {
            YamlKeys keys = new YamlKeys(n + 1);
            List<NodeTuple> tuples = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                NodeTuple t = tuple("k" + i);
                tuples.add(t);
                assertNull(keys.add(new String("k" + i), t));
            }
            assertSame(tuples.get(n - 1), keys.add("k" + (n - 1), tuple("again")), "the first entry of a duplicate");
            assertEquals(n, keys.size());
            for (int i = 0; i < n; i++) {
                assertSame(tuples.get(i), keys.get("k" + i));
                assertEquals("k" + i, keys.key(i));
            }
            assertNull(keys.get("absent"));
        }
    }

    @Test
    void askedKeysKeepTheirFirstOrderWhenFewOrMany() {
        YamlKeys keys = new YamlKeys(0);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.ask("a" + i);
            keys.ask("a" + (i / 2)); // asked again: kept once, where first asked
            expected.add("a" + i);
        }
        assertEquals(expected, keys.askedInOrder());
        assertTrue(keys.asked("a39"));
        assertFalse(keys.asked("b"));
    }
}
