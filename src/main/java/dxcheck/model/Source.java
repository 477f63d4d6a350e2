package dxcheck.model;

import java.util.Map;

/**
 * Where a fact was written: the location of its document or list entry, and of each field inside it
 * (paths relative to the fact, e.g. {@code spec.staffing.dedicatedDxStaff}).
 */
public record Source(Location location, Map<String, Location> fields) {

    /** The location of a field, or of its nearest written ancestor when the field itself is missing. */
    public Location locate(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            Location l = fields.get(p);
            if (l != null) {
                return l;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return location;
    }
}
