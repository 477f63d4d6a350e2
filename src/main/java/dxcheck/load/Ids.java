package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Msg;

import java.util.HashMap;
import java.util.Map;

/** Ids that must be unique across all inputs, within one namespace (e.g. subjects, or a plan's tasks). */
final class Ids {
    private final Map<String, Location> seen = new HashMap<>();
    private final ErrorList errors;

    Ids(ErrorList errors) {
        this.errors = errors;
    }

    /** Records an id; reports a duplicate at its second place, naming the first. */
    boolean claim(String id, Location at, String field) {
        if (id == null) {
            return false;
        }
        Location first = seen.putIfAbsent(id, at);
        if (first != null) {
            errors.add(at, field, Msg.DUPLICATE_ID, id, first);
            return false;
        }
        return true;
    }
}
