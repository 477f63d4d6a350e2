package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said as the mistake a person made: SnakeYAML's problem ("expected &lt;block end&gt;, but found
 * '&lt;block mapping start&gt;'") becomes a message in Vietnamese or English, the line where the mistake is (which
 * may be where a quote or bracket was opened rather than where the parser gave up) and a hint.
 */
final class YamlSyntax {
    private final String[] lines;

    private YamlSyntax(String content) {
        this.lines = content.split("\r?\n|\r", -1);
    }

    /** The error for a parser's exception; lastLocation is where the parser stopped when the exception has no mark. */
    static InputError error(String content, String file, MarkedYAMLException e, Location lastLocation) {
        return new YamlSyntax(content).classify(file, e, lastLocation);
    }

    private InputError classify(String file, MarkedYAMLException e, Location lastLocation) {
        String problem = flat(e.getProblem());
        String context = flat(e.getContext());
        Mark p = e.getProblemMark();
        Mark c = e.getContextMark();
        if (problem.contains("(TAB)")) {
            return at(file, p, Msg.YAML_TAB, new Object[0], Msg.HINT_TAB);
        }
        if (problem.contains("cannot start any token") && p != null && p.getColumn() < cps(line(p))) {
            String ch = Character.toString(line(p).codePointAt(before(p).length()));
            return at(file, p, Msg.YAML_BAD_START, new Object[] {ch}, Msg.HINT_QUOTE_VALUE, quoted(line(p), before(p)));
        }
        if (context.contains("quoted scalar") && c != null && (problem.contains("end of stream")
                || problem.contains("document separator"))) {
            String q = line(c).startsWith("'", before(c).length()) ? "'" : "\"";
            return at(file, c, Msg.YAML_UNCLOSED_QUOTE, new Object[] {q}, Msg.HINT_CLOSE_QUOTE, q);
        }
        if (context.contains("flow mapping") || context.contains("flow sequence")) {
            boolean map = context.contains("mapping");
            return at(file, c != null ? c : p, Msg.YAML_UNCLOSED_BRACKET, new Object[] {map ? "{" : "["},
                    Msg.HINT_CLOSE_BRACKET, map ? "}" : "]");
        }
        if (problem.contains("could not find expected ':'")) {
            return at(file, c != null ? c : p, Msg.YAML_MISSING_COLON, new Object[0], Msg.HINT_COLON);
        }
        if (problem.contains("mapping values are not allowed") && p != null) {
            return colon(file, p);
        }
        if (problem.contains("found undefined alias")) {
            String name = problem.substring(problem.lastIndexOf(' ') + 1);
            return at(file, p, Msg.YAML_UNDEFINED_ALIAS, new Object[] {name, name}, Msg.HINT_ALIAS, name, name);
        }
        if (problem.startsWith("expected <block end>, but found '-'")) {
            return at(file, p, Msg.YAML_LIST_IN_MAPPING, new Object[0], Msg.HINT_LIST);
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'") && p != null && afterQuote(p)) {
            return at(file, p, Msg.YAML_TEXT_AFTER_QUOTE, new Object[0], Msg.HINT_ONE_QUOTE);
        }
        if (problem.startsWith("expected <block end>") || problem.contains("did not find expected key")) {
            return at(file, p, Msg.YAML_INDENT_MISALIGNED, new Object[0], Msg.HINT_INDENT_ALIGN);
        }
        String said = (context.isEmpty() ? "" : context + ": ") + problem;
        Location where = p == null ? lastLocation : location(file, p);
        return new InputError(where, "", Msg.YAML_SYNTAX, new Object[] {said}, excerpt(where, Msg.HINT_SYNTAX));
    }

    /**
     * "mapping values are not allowed here": a second ': ' on a line whose key already had one is a value holding a
     * colon; with no key before it on the line, the line is indented under a key that already has a value.
     */
    private InputError colon(String file, Mark p) {
        if (before(p).contains(": ")) {
            return at(file, p, Msg.YAML_COLON_IN_VALUE, new Object[0], Msg.HINT_QUOTE_COLON, quoted(line(p), before(p)));
        }
        int row = p.getLine();
        int prev = previousLine(row);
        if (prev >= 0 && !lines[prev].contains(":") && indent(lines[prev]) == indent(lines[row])) {
            // "  agency" then "  asOf: …": the key without a colon ran on into the next line as one text
            return at(file, new Location(file, prev + 1, indent(lines[prev]) + 1), Msg.YAML_MISSING_COLON,
                    Msg.HINT_COLON);
        }
        return at(file, new Location(file, row + 1, indent(lines[row]) + 1), Msg.YAML_INDENT_DEEPER,
                Msg.HINT_INDENT_DEEPER);
    }

    /** The nearest line above that holds more than blanks or a comment, or -1. */
    private int previousLine(int row) {
        for (int r = row - 1; r >= 0; r--) {
            String t = lines[r].strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return r;
            }
        }
        return -1;
    }

    private InputError at(String file, Mark m, Msg msg, Object[] args, Msg hint, Object... hintArgs) {
        return at(file, location(file, m), msg, args, hint, hintArgs);
    }

    private InputError at(String file, Location where, Msg msg, Msg hint) {
        return at(file, where, msg, new Object[0], hint);
    }

    private InputError at(String file, Location where, Msg msg, Object[] args, Msg hint, Object... hintArgs) {
        return new InputError(where, "", msg, args, excerpt(where, hint, hintArgs));
    }

    private Excerpt excerpt(Location where, Msg hint, Object... hintArgs) {
        if (where == null || where.line() < 1 || where.line() > lines.length) {
            return null;
        }
        return new Excerpt(where.line(), lines[where.line() - 1], where.column(), hint, hintArgs);
    }

    /** The line as it should have been written: the value after the line's first ': ' in double quotes. */
    private static String quoted(String line, String beforeMark) {
        int colon = line.indexOf(": ");
        int start = colon < 0 || colon >= beforeMark.length() ? indent(line) : colon + 2;
        String value = line.substring(start).strip();
        int comment = value.indexOf(" #");
        value = comment < 0 ? value : value.substring(0, comment).strip();
        return line.substring(indent(line), start) + '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** True when the text before the mark ends with a closing quote: `name: "A" phòng`. */
    private boolean afterQuote(Mark p) {
        String before = before(p).stripTrailing();
        return before.endsWith("\"") || before.endsWith("'");
    }

    /** The text of the mark's line before the mark (a mark's column counts code points, not chars). */
    private String before(Mark m) {
        String line = line(m);
        return line.substring(0, line.offsetByCodePoints(0, Math.min(m.getColumn(), cps(line))));
    }

    private static int cps(String s) {
        return s.codePointCount(0, s.length());
    }

    private String line(Mark m) {
        return m.getLine() < lines.length ? lines[m.getLine()] : "";
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Location location(String file, Mark m) {
        return m == null ? null : new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
