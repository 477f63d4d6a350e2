package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.text.Msg;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Turns the bytes of one file into YAML node trees, one document at a time. Only composes nodes (never constructs
 * objects), so no tag in the input can name a Java class; strict UTF-8; alias and nesting limits.
 */
final class YamlStream {
    private YamlStream() {
    }

    /** Hands each document to the action until it returns false. */
    static void forEachDocument(byte[] bytes, YamlText text, Predicate<Node> action) {
        forEachDocument(bytes, text, () -> false, action);
    }

    /**
     * Hands each document to the action until it returns false. Lines and scalars longer than the limits and a file
     * that takes longer than {@link Limits#maxFileSeconds()} are located errors; when cancelled says so (the check
     * was given up), reading stops with a CancellationException.
     */
    static void forEachDocument(byte[] bytes, YamlText text, BooleanSupplier cancelled, Predicate<Node> action) {
        String content = decode(bytes, text);
        if (content == null) {
            return;
        }
        LoaderOptions options = options();
        long deadline = System.nanoTime() + Limits.maxFileSeconds() * 1_000_000_000L;
        TrackingParser parser = new TrackingParser(new ParserImpl(new StreamReader(new WholeCodePoints(content,
                Limits.maxLineChars())), options),
                Limits.maxScalarChars(), deadline, cancelled);
        Composer docs = new Composer(parser, new Resolver(), options);
        try {
            while (docs.checkNode()) {
                Node doc = docs.getNode();
                if (!isEmpty(doc) && !action.test(doc)) {
                    return;
                }
            }
        } catch (OverLimit e) {
            text.error(e.at(text.file()), "", e.msg, e.args);
        } catch (MarkedYAMLException e) {
            text.error(YamlSyntax.error(content, text.file(), e, parser.lastLocation(text.file())));
        } catch (ReaderException e) {
            text.error(at(content, e.getPosition(), text.file()), "", Msg.BAD_CHARACTER, e.getCodePoint());
        } catch (YAMLException e) {
            // the alias and nesting limits carry no mark: the last event the composer read is where it stopped
            text.error(parser.lastLocation(text.file()), "", limitMessage(e), limitValue(e));
        }
    }

    /** A limit met while parsing, where it was met. */
    private static final class OverLimit extends RuntimeException {
        final Mark mark;
        final int line;
        final int column;
        final Msg msg;
        final Object[] args;

        OverLimit(Mark mark, Msg msg, Object... args) {
            this(mark, 0, 0, msg, args);
        }

        OverLimit(int line, int column, Msg msg, Object... args) {
            this(null, line, column, msg, args);
        }

        private OverLimit(Mark mark, int line, int column, Msg msg, Object... args) {
            super(null, null, false, false);
            this.mark = mark;
            this.line = line;
            this.column = column;
            this.msg = msg;
            this.args = args;
        }

        Location at(String file) {
            if (mark != null) {
                return location(file, mark);
            }
            return line > 0 ? new Location(file, line, column) : new Location(file, 1, 1);
        }
    }

    /**
     * Hands out the text so that no read ends on the first half of a surrogate pair (SnakeYAML before 2.4 failed on
     * an emoji at index 1023 + 1024 k; kept as a guard, the regression test stays), and stops at a line longer than
     * the limit: SnakeYAML copies its whole read-ahead window for each 1 024
     * characters it reads, so a long line costs time by the square of its length. The text is scanned for such a
     * line first (in linear time), and SnakeYAML is handed only its first {@link #MARGIN} characters: an error met
     * there (a nesting limit, a syntax error) is still the one reported, else the line's length is.
     */
    private static final class WholeCodePoints extends Reader {
        private static final int MARGIN = 4096;
        private final String text;
        private final int stopAt;
        private final OverLimit longLine;
        private int pos;

        WholeCodePoints(String text, int maxLine) {
            this.text = text;
            int line = 1;
            int start = 0;
            int stop = text.length();
            OverLimit found = null;
            for (int i = 0; i <= text.length() && found == null; i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i - start > maxLine) {
                        found = new OverLimit(line, maxLine + 1, Msg.LINE_TOO_LONG, i - start, maxLine);
                        stop = start + MARGIN;
                    }
                    line++;
                    start = i + 1;
                }
            }
            this.stopAt = stop;
            this.longLine = found;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= stopAt && longLine != null) {
                throw longLine;
            }
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(len, stopAt - pos);
            if (n > 1 && Character.isHighSurrogate(text.charAt(pos + n - 1))) {
                n--;
            }
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** A document with nothing in it, as a stray "---" at the end of a file makes: skipped, not an error. */
    private static boolean isEmpty(Node doc) {
        return doc == null || doc instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty()
                && s.getAnchor() == null;
    }

    /**
     * Remembers where the last event read starts, to locate errors that SnakeYAML raises without a mark; stops at a
     * scalar over the limit, past the file's deadline, or when the check is cancelled.
     */
    private static final class TrackingParser implements Parser {
        private final Parser delegate;
        private final int maxScalar;
        private final long deadline;
        private final BooleanSupplier cancelled;
        private Mark last;

        TrackingParser(Parser delegate, int maxScalar, long deadline, BooleanSupplier cancelled) {
            this.delegate = delegate;
            this.maxScalar = maxScalar;
            this.deadline = deadline;
            this.cancelled = cancelled;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event e = delegate.getEvent();
            if (e != null && e.getStartMark() != null) {
                last = e.getStartMark();
            }
            if (e instanceof ScalarEvent s && s.getValue().length() > maxScalar) {
                throw new OverLimit(s.getStartMark(), Msg.SCALAR_TOO_LONG, s.getValue().length(), maxScalar);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the check was given up");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new OverLimit(last, Msg.FILE_TOO_SLOW, Limits.maxFileSeconds());
            }
            return e;
        }

        Location lastLocation(String file) {
            return last == null ? new Location(file, 1, 1) : location(file, last);
        }
    }

    private static Location location(String file, Mark m) {
        return new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMap with both lines
        options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH);
        options.setCodePointLimit(Integer.MAX_VALUE); // the byte limit is checked before decoding
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
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
