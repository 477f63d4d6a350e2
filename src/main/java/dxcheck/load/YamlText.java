package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.model.Source;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** One input file being read: its name for locations, and the run's error list. */
final class YamlText {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String file;
    private final ErrorList errors;
    /** Nodes made from a workbook's cells carry their sheet as the mark's name (see xlsx.SheetDocuments). */
    private final boolean workbook;
    /** The run's shapes of facts, shared by all its files (see {@link Source.Shapes}). */
    final Source.Shapes shapes;

    YamlText(String file, ErrorList errors) {
        this(file, errors, false, new Source.Shapes());
    }

    YamlText(String file, ErrorList errors, boolean workbook, Source.Shapes shapes) {
        this.file = file;
        this.errors = errors;
        this.workbook = workbook;
        this.shapes = shapes;
    }

    String file() {
        return file;
    }

    /** The run's error list. */
    ErrorList errors() {
        return errors;
    }

    boolean workbook() {
        return workbook;
    }

    Location location(Node n) {
        return new Location(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1,
                workbook ? n.getStartMark().getName() : null);
    }

    void error(Node at, String field, Msg msg, Object... args) {
        errors.add(location(at), field, msg, args);
    }

    void error(Location at, String field, Msg msg, Object... args) {
        errors.add(at, field, msg, args);
    }

    void error(InputError e) {
        errors.add(e);
    }

    /** Only the plain YAML types are accepted: a tag like !!java.net.URL never reaches a constructor. */
    /** Whether the scalar has one of the plain tags ({@link #checkTag} without the error). */
    static boolean plainTag(ScalarNode s) {
        return PLAIN_TAGS.contains(s.getTag());
    }

    boolean checkTag(ScalarNode s, String field) {
        if (PLAIN_TAGS.contains(s.getTag())) {
            return true;
        }
        error(s, field, Msg.TAG_NOT_ALLOWED, s.getTag().getValue());
        return false;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "{…}";
        }
        if (n instanceof SequenceNode) {
            return "[…]";
        }
        String v = ((ScalarNode) n).getValue();
        if (((ScalarNode) n).getTag().equals(Tag.NULL)) {
            return "null";
        }
        String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return ((ScalarNode) n).getTag().equals(Tag.STR) ? "\"" + shown + "\"" : shown;
    }

    /** A finite number written as a YAML int or float (not a quoted string), else null. */
    static Double number(ScalarNode s) {
        if (!s.getTag().equals(Tag.INT) && !s.getTag().equals(Tag.FLOAT)) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.getValue().replace("_", ""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(ScalarNode s, YamlText text, String field) {
        String v = s.getValue();
        if ((s.getTag().equals(Tag.TIMESTAMP) || s.getTag().equals(Tag.STR)) && ISO_DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // falls through to the error below: e.g. 2023-02-30
            }
        }
        text.error(s, field, Msg.EXPECTED_DATE, describe(s));
        return null;
    }
}
