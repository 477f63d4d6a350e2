package dxcheck.run;

import dxcheck.engine.RuleBase;
import dxcheck.load.InvalidInputException;
import dxcheck.report.Report;
import dxcheck.report.TextReporter;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Re-runs a check when an input, a rule or a policy file changes. When the rules stop compiling, it says so and
 * keeps checking with the last rule base that compiled.
 */
public final class Watcher {
    private final CheckRequest request;
    private final Lang lang;
    private final boolean explain;
    private final PrintWriter out;
    private Map<Path, String> seen = Map.of();
    private RuleBase lastGood;

    public Watcher(CheckRequest request, Lang lang, boolean explain, PrintWriter out) {
        this.request = request;
        this.lang = lang;
        this.explain = explain;
        this.out = out;
    }

    /** Checks once if anything changed since the last call (the first call always checks); true when it checked. */
    public boolean poll() {
        Map<Path, String> now = snapshot();
        if (now.equals(seen)) {
            return false;
        }
        List<Path> changed = changed(seen, now);
        boolean first = seen.isEmpty();
        seen = now;
        out.println("── " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                + (first ? "" : " " + Msg.WATCH_CHANGED.format(lang, join(changed))) + " ──");
        check();
        out.flush();
        return true;
    }

    private void check() {
        try {
            lastGood = RuleBase.build(request.rulesDir(), request.kbase());
        } catch (InvalidInputException e) {
            e.lines(lang).forEach(out::println);
            if (lastGood == null) {
                return;
            }
            out.println(Msg.WATCH_KEEPING_RULES.format(lang));
        }
        try {
            Report report = CheckRunner.run(request, lastGood).withExplain(explain);
            out.print(new TextReporter().render(report, lang));
        } catch (InvalidInputException e) {
            e.lines(lang).forEach(out::println);
        }
    }

    /** Every watched file with its size and modification time. */
    private Map<Path, String> snapshot() {
        Map<Path, String> files = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        request.paths().stream().filter(p -> !p.equals("-")).map(Path::of).forEach(roots::add);
        request.policyFiles().stream().map(Path::of).forEach(roots::add);
        roots.add(request.rulesDir());
        for (Path root : roots) {
            try (Stream<Path> s = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
                s.filter(Files::isRegularFile).forEach(f -> files.put(f, stamp(f)));
            } catch (IOException | UncheckedIOException e) {
                files.put(root, "unreadable");
            }
        }
        return files;
    }

    private static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "gone";
        }
    }

    private static List<Path> changed(Map<Path, String> before, Map<Path, String> now) {
        List<Path> out = new ArrayList<>();
        now.forEach((p, s) -> {
            if (!s.equals(before.get(p))) {
                out.add(p);
            }
        });
        before.keySet().stream().filter(p -> !now.containsKey(p)).forEach(out::add);
        return out;
    }

    private static String join(List<Path> paths) {
        List<String> names = new ArrayList<>();
        paths.stream().limit(5).forEach(p -> names.add(Shown.line(p.toString())));
        return String.join(", ", names) + (paths.size() > 5 ? ", …" : "");
    }
}
