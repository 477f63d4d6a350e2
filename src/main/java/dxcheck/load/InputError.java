package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Lang;
import dxcheck.text.Msg;

/** One problem with the input: where, which field (may be empty), and what was expected. */
public record InputError(Location location, String field, Msg msg, Object... args) {

    public String render(Lang lang) {
        String where = location == null ? "" : location + ": ";
        String what = field == null || field.isEmpty() ? "" : field + ": ";
        return where + what + msg.format(lang, args);
    }
}
