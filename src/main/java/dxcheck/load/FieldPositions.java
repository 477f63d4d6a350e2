package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.model.Source;
import org.yaml.snakeyaml.nodes.Node;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one fact being read, with where each key is written: two growing arrays shared by the fact's nested
 * mappings — no hash map and no {@link Location} per field (issue 16: a million service items each had a map). A
 * workbook's fields may sit on other sheets than their fact, so there each keeps its whole location.
 */
final class FieldPositions {
    private String[] paths = new String[8];
    private int[] positions = new int[16];
    private Location[] locations;
    private int size;

    void add(String path, Node key, YamlText text) {
        if (size == paths.length) {
            paths = java.util.Arrays.copyOf(paths, size * 2);
            positions = java.util.Arrays.copyOf(positions, size * 4);
            if (locations != null) {
                locations = java.util.Arrays.copyOf(locations, size * 2);
            }
        }
        paths[size] = path;
        positions[2 * size] = key.getStartMark().getLine() + 1;
        positions[2 * size + 1] = key.getStartMark().getColumn() + 1;
        if (text.workbook()) {
            if (locations == null) {
                locations = new Location[paths.length];
            }
            locations[size] = text.location(key);
        }
        size++;
    }

    Source source(Location at, YamlText text) {
        if (locations == null) {
            return new Source(at, paths, positions, size, text.shapes);
        }
        Map<String, Location> fields = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            fields.put(paths[i], locations[i]);
        }
        return new Source(at, fields, text.shapes);
    }
}
