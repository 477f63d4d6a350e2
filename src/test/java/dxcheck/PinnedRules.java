package dxcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules folder the tool's own tests run (issue 18): a copy of rules/ in a temporary folder holding only the
 * rules whose ids src/test/resources/pinned-rules.txt lists. A rule author who adds a rule (by copying one under a
 * new id, with its cases and regenerated docs) changes no golden file and no count these tests make. Rules removed
 * from the copy leave blank lines, so every other rule keeps its line numbers.
 */
public final class PinnedRules {
    public static final Path LIST = Path.of("src/test/resources/pinned-rules.txt");
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\".*?^end\\s*$");
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static Path pinned;

    private PinnedRules() {
    }

    /** The pinned rules folder, made once per test run. */
    public static synchronized Path pinned() {
        if (pinned == null) {
            try {
                pinned = copy(ids());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pinned;
    }

    /** A command's arguments with the pinned rules folder given right after the command's name. */
    public static String[] args(String... args) {
        if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--rules"))) {
            return args;
        }
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--rules=" + pinned();
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return all;
    }

    /** A report's text with the pinned folder's path shown as "rules", as a run on the shipped folder shows it. */
    public static String asShipped(String report) {
        if (pinned == null) {
            return report;
        }
        String p = pinned.toString();
        return report.replace(pinned.toUri().toString(), "rules/").replace(p + "/", "rules/").replace(p, "rules");
    }

    public static Set<String> ids() throws IOException {
        try (Stream<String> lines = Files.lines(LIST, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path copy(Set<String> ids) throws IOException {
        Path src = Path.of("rules");
        Path dir = Files.createTempDirectory("dxcheck-pinned-rules-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Set<String> found = new TreeSet<>();
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = src.relativize(p);
                if (rel.startsWith("tests")) {
                    continue;
                }
                Path to = dir.resolve(rel.toString());
                Files.createDirectories(to.getParent());
                if (p.toString().endsWith(".drl")) {
                    Files.writeString(to, keepOnly(Files.readString(p, StandardCharsets.UTF_8), ids, found));
                } else {
                    Files.copy(p, to);
                }
            }
        }
        assertEquals(ids, found, "every rule id in " + LIST + " is still in rules/ (a rule renamed or removed: "
                + "update the list and the goldens)");
        return dir;
    }

    /** The DRL text with the rules of other ids blanked out, line for line. */
    static String keepOnly(String drl, Set<String> ids, Set<String> found) {
        Matcher m = RULE.matcher(drl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher id = ID.matcher(m.group());
            String kept = m.group();
            if (id.find()) {
                if (ids.contains(id.group(1))) {
                    found.add(id.group(1));
                } else {
                    kept = "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count());
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
