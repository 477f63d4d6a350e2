package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A value from an input is cut at 120 characters; the tool's own lists (allowed keys, a vocabulary) never are. */
class InputErrorTest {

    @Test
    void anInputsValueIsCutButTheAllowedNamesAreShownWhole() {
        String key = "k".repeat(300);
        String allowed = String.join(", ", Collections.nCopies(30, "communityDigitalTeams"));
        String shown = new InputError(new Location("a.yaml", 3, 5), "spec", Msg.UNKNOWN_KEY, key,
                new InputError.Whole(allowed)).render(Lang.EN);
        assertTrue(shown.contains("'" + "k".repeat(120) + "… (300)'"), shown);
        assertTrue(shown.contains("(allowed: " + allowed + "; private keys"), shown);
    }

    @Test
    void anExcerptKeepsTheCaretUnderItsColumnAfterMarksAndTabs() {
        // "Sở" written with a combining hook above (U+031B U+0309 after o): the caret counts it as one column
        String line = "\tname: So\u031B\u0309 A: B";
        Excerpt e = new Excerpt(7, line, 14, Msg.HINT_SYNTAX);
        assertEquals("  7 | →name: So\u031B\u0309 A: B\n"
                + "    | " + " ".repeat(11) + "^\n"
                + "  hint: check the indentation, the colons and the brackets on this line and the one above",
                e.render(Lang.EN));
    }
}
