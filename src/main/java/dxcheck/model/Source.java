package dxcheck.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a fact was written: the location of its document or list entry, and of each field inside it
 * (paths relative to the fact, e.g. {@code spec.staffing.dedicatedDxStaff}).
 *
 * <p>Kept compact, since every one of up to a million facts has one: the sorted field paths are shared by all facts
 * of one run written with the same keys (one array per shape, {@link Shapes}), lines and columns are packed in one
 * int array, and a {@link Location} is made only when a finding asks for one.
 */
public final class Source {
    /**
     * The shapes (sorted field paths) of one run's facts, so that facts written with the same keys share one array.
     * Owned by the run that loads (a {@code Loader}), never by the process: a long-running server reading documents
     * with ever new x- keys keeps nothing once their check is done.
     */
    public static final class Shapes {
        private final Map<List<String>, String[]> byPaths = new ConcurrentHashMap<>();

        String[] intern(String[] sorted) {
            return byPaths.computeIfAbsent(List.of(sorted), k -> sorted);
        }
    }

    private final Location location;
    private final String[] paths;
    /** line, column of each path, in the order of paths. */
    private final int[] positions;
    /** Only when a field is in another file or worksheet than the fact (never from YAML). */
    private final Map<String, Location> elsewhere;

    /** A source whose field paths are not shared with other facts' (a few facts, not a whole run's). */
    public Source(Location location, Map<String, Location> fields) {
        this(location, fields, null);
    }

    /** A source whose field paths are shared with the run's other facts of the same shape. */
    public Source(Location location, Map<String, Location> fields, Shapes shapes) {
        this.location = Objects.requireNonNull(location);
        String[] sorted = fields.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        this.paths = shapes == null ? sorted : shapes.intern(sorted);
        this.positions = new int[paths.length * 2];
        Map<String, Location> other = null;
        for (int i = 0; i < paths.length; i++) {
            Location l = fields.get(paths[i]);
            positions[2 * i] = l.line();
            positions[2 * i + 1] = l.column();
            if (!Objects.equals(l.file(), location.file()) || !Objects.equals(l.sheet(), location.sheet())) {
                other = other == null ? new LinkedHashMap<>() : other;
                other.put(paths[i], l);
            }
        }
        this.elsewhere = other == null ? Map.of() : Map.copyOf(other);
    }

    /**
     * A source read from YAML (issue 16): the first n paths with their line and column (two ints each), every field in
     * the fact's own file; a path given twice is the same key read twice, kept once.
     */
    public Source(Location location, String[] paths, int[] positions, int n, Shapes shapes) {
        this.location = Objects.requireNonNull(location);
        int[] order = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) { // insertion sort of indices: a fact has a few to a few dozen fields
            String p = paths[i];
            int j = kept - 1;
            int c = 1;
            while (j >= 0 && (c = paths[order[j]].compareTo(p)) > 0) {
                j--;
            }
            if (j >= 0 && c == 0) {
                continue;
            }
            System.arraycopy(order, j + 1, order, j + 2, kept - j - 1);
            order[j + 1] = i;
            kept++;
        }
        String[] sorted = new String[kept];
        int[] pos = new int[kept * 2];
        for (int k = 0; k < kept; k++) {
            sorted[k] = paths[order[k]];
            pos[2 * k] = positions[2 * order[k]];
            pos[2 * k + 1] = positions[2 * order[k] + 1];
        }
        this.paths = shapes == null ? sorted : shapes.intern(sorted);
        this.positions = pos;
        this.elsewhere = Map.of();
    }

    public Location location() {
        return location;
    }

    /** Every field with its location (made on demand). */
    public Map<String, Location> fields() {
        Map<String, Location> out = new LinkedHashMap<>();
        for (int i = 0; i < paths.length; i++) {
            out.put(paths[i], at(i));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The location of a field, or of its nearest written ancestor when the field itself is missing. */
    public Location locate(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            int i = Arrays.binarySearch(paths, p);
            if (i >= 0) {
                return at(i);
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return location;
    }

    private Location at(int i) {
        Location other = elsewhere.get(paths[i]);
        return other != null ? other : location.at(positions[2 * i], positions[2 * i + 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && location.equals(s.location) && Arrays.equals(paths, s.paths)
                && Arrays.equals(positions, s.positions) && elsewhere.equals(s.elsewhere);
    }

    @Override
    public int hashCode() {
        return location.hashCode() * 31 + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "Source[" + location + ", " + fields() + "]";
    }
}
