package dxcheck.run;

import dxcheck.engine.RuleSources;
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
 * Re-runs a check when an input, a rule or a policy file changes. A change is checked once it has settled — the
 * same on two polls in a row — so a file still being saved is not checked half-written; the rules are built from
 * the very bytes that were compared. When the rules stop compiling, it says so and keeps checking with the last rule
 * base that compiled.
 */
public final class Watcher {
    private final CheckRequest request;
    private final Lang lang;
    private final boolean explain;
    private final PrintWriter out;
    private State seen;
    private State pending;
    private RulesFolder lastGood;

    /** What the watched files are at one poll: inputs and --policy files by size and time, the rules by content. */
    private record State(Map<Path, String> files, RuleSources rules, String rulesFingerprint) {
        boolean same(State o) {
            return o != null && files.equals(o.files) && rulesFingerprint.equals(o.rulesFingerprint);
        }
    }

    public Watcher(CheckRequest request, Lang lang, boolean explain, PrintWriter out) {
        this.request = request;
        this.lang = lang;
        this.explain = explain;
        this.out = out;
    }

    /**
     * Checks if anything changed since the last check and has stayed the same since the last poll (the first call
     * always checks); true when it checked.
     */
    public boolean poll() {
        State now = snapshot();
        if (now.same(seen)) {
            pending = null;
            return false;
        }
        if (seen != null && !now.same(pending)) {
            pending = now; // something is changing: check once it has stopped
            return false;
        }
        List<Path> changed = seen == null ? List.of() : changed(seen.files(), now.files());
        if (seen != null && !now.rulesFingerprint().equals(seen.rulesFingerprint())) {
            changed = new ArrayList<>(changed);
            changed.add(request.rulesDir());
        }
        boolean first = seen == null;
        seen = now;
        pending = null;
        out.println("── " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                + (first ? "" : " " + Msg.WATCH_CHANGED.format(lang, join(changed))) + " ──");
        check(now.rules());
        out.flush();
        return true;
    }

    private void check(RuleSources rules) {
        try {
            if (rules == null) {
                RuleSources.read(request.rulesDir()); // throws, saying why the folder cannot be read
            }
            lastGood = RulesFolder.open(rules, request.kbase());
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

    private State snapshot() {
        RuleSources rules;
        String fingerprint;
        try {
            rules = RuleSources.read(request.rulesDir());
            fingerprint = rules.fingerprint();
        } catch (InvalidInputException e) {
            rules = null;
            fingerprint = "unreadable: " + String.join("\n", e.lines(Lang.EN));
        }
        return new State(files(), rules, fingerprint);
    }

    /** Every watched input and --policy file with its size and modification time. */
    private Map<Path, String> files() {
        Map<Path, String> files = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        request.paths().stream().filter(p -> !p.equals("-")).map(Path::of).forEach(roots::add);
        request.policyFiles().stream().map(Path::of).forEach(roots::add);
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
