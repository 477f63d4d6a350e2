package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Turns the bytes of one file into YAML node trees, one document at a time. Only composes nodes (never constructs
 * objects), so no tag in the input can name a Java class; strict UTF-8; alias and nesting limits.
 */
final class YamlStream {
    private YamlStream() {
    }

    static void forEachDocument(byte[] bytes, YamlText text, Consumer<Node> action) {
        String content = decode(bytes, text);
        if (content == null) {
            return;
        }
        Iterator<Node> docs = yaml().composeAll(new java.io.StringReader(content)).iterator();
        int lastLine = 1;
        try {
            while (docs.hasNext()) {
                Node doc = docs.next();
                if (doc != null) {
                    lastLine = doc.getEndMark().getLine() + 1;
                    action.accept(doc);
                }
            }
        } catch (MarkedYAMLException e) {
            // an unclosed quote or bracket is found only at the end of the file: point at where it was opened
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream") && e.getContextMark() != null;
            Mark m = atEnd || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            Location at = m == null ? new Location(text.file(), lastLine, 1)
                    : new Location(text.file(), m.getLine() + 1, m.getColumn() + 1);
            text.error(at, "", Msg.YAML_SYNTAX, problem(e));
        } catch (ReaderException e) {
            text.error(at(content, e.getPosition(), text.file()), "", Msg.YAML_SYNTAX,
                    String.format("U+%04X", e.getCodePoint()));
        } catch (YAMLException e) {
            text.error(new Location(text.file(), lastLine, 1), "", limitMessage(e), limitValue(e));
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMap with both lines
        options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH);
        options.setCodePointLimit(Integer.MAX_VALUE); // the byte limit is checked before decoding
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
    }

    private static String problem(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        String p = context + (e.getProblem() == null ? "" : e.getProblem());
        return p.replaceAll("\\s+", " ").trim();
    }

    private static Msg limitMessage(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return Msg.TOO_MANY_ALIASES;
        }
        return m.contains("Nesting Depth") ? Msg.TOO_DEEP : Msg.YAML_SYNTAX;
    }

    private static Object limitValue(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return Limits.MAX_COLLECTION_ALIASES;
        }
        return m.contains("Nesting Depth") ? Limits.MAX_NESTING_DEPTH : m;
    }

    /** Strict UTF-8, without a leading byte-order mark; null (and an error at the bad byte) when not UTF-8. */
    private static String decode(byte[] bytes, YamlText text) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            text.error(at(before, before.length(), text.file()), "", Msg.NOT_UTF8, bytes[bad] & 0xFF);
            return null;
        }
        d.flush(out);
        return out.flip().toString();
    }

    /** The line and column of a character offset in a text. */
    private static Location at(String content, int offset, String file) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(offset, content.length()); i++) {
            if (content.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(file, line, col);
    }
}
