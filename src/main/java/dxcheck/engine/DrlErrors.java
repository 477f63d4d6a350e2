package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.InputError;
import dxcheck.model.Location;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns parser errors and build messages into located errors, with the offending line and a caret. The build
 * reports no columns, so the column is where the first name the message quotes appears on that line.
 */
final class DrlErrors {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"|Expression ([^:]+):|\\[([^\\]]+)\\]");

    private final ErrorList errors;

    DrlErrors(ErrorList errors) {
        this.errors = errors;
    }

    void add(DrlFile file, int line, int column, String text) {
        int ln = Math.max(line, 1);
        String source = file == null ? "" : file.line(ln);
        int col = column > 0 ? column : guessColumn(source, text);
        String name = file == null ? "rules" : file.shownPath();
        String hint = text.contains("<eof>") ? " (the file ends inside a rule: is an 'end' missing?)" : "";
        errors.add(new Location(name, ln, col), "", Msg.DRL_ERROR, new InputError.Whole(oneLine(text) + hint),
                new InputError.Whole(source), " ".repeat(col - 1) + "^");
    }

    static int guessColumn(String source, String message) {
        List<String> candidates = new ArrayList<>();
        Matcher m = QUOTED.matcher(message);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    candidates.add(m.group(g).trim());
                }
            }
        }
        for (String c : candidates) {
            int at = c.isEmpty() ? -1 : source.indexOf(c);
            if (at >= 0) {
                return at + 1;
            }
        }
        int firstNonBlank = 0;
        while (firstNonBlank < source.length() && Character.isWhitespace(source.charAt(firstNonBlank))) {
            firstNonBlank++;
        }
        return firstNonBlank + 1;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
