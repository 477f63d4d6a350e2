package dxcheck.run;

import dxcheck.load.CannotRunException;
import dxcheck.report.TextReporter;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Re-runs a check when an input, a rule or a policy file changes, once the change has settled ({@link Poller}: the
 * same on two polls in a row), so a file still being saved is not checked half-written; the rules are built from the
 * very bytes that were compared. When the rules stop compiling, it says so and keeps checking with the last rule set
 * that built ({@link LiveRuleSet}).
 */
public final class Watcher {
    private final CheckRequest request;
    private final RulesRequest rulesRequest;
    private final RuleSets sets;
    private final LiveRuleSet live;
    private final PrintWriter out;
    private final Poller<State> poller;
    private State previous;
    /** Set by a change: the warm-up stops before its next compile. */
    private volatile boolean warmUpStop;
    /** Throwaway compiles to run after the first check (see {@link #warmUpAfterFirstCheck}). */
    private int warmUps;

    /** What the watched files are at one poll: inputs and --policy files by size and time, the rules by content. */
    private record State(Map<Path, String> files, RulesRead rules) {
        boolean same(State o) {
            return o != null && files.equals(o.files) && rules.same(o.rules);
        }
    }

    public Watcher(RuleSets sets, RulesRequest rules, CheckRequest request, PrintWriter out) {
        this.request = request;
        this.rulesRequest = rules;
        this.sets = sets;
        this.live = new LiveRuleSet(sets);
        this.out = out;
        this.poller = new Poller<>(this::snapshot, State::same, Duration.ZERO, this::changed);
    }

    /**
     * Checks if anything changed since the last check and has stayed the same since the last poll (the first call
     * always checks); true when it checked.
     */
    public boolean poll() {
        return poller.poll();
    }

    private void changed(State now) {
        State before = previous;
        warmUpStop = before != null;
        previous = now;
        List<Path> changed = before == null ? List.of() : changed(before.files(), now.files());
        boolean rulesChanged = before == null || !now.rules().same(before.rules());
        if (before != null && rulesChanged) {
            changed = new ArrayList<>(changed);
            changed.add(rulesRequest.dir());
        }
        out.println("── " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                + (before == null ? "" : " " + Msg.WATCH_CHANGED.format(request.options().lang(), join(changed)))
                + " ──");
        if (rulesChanged) {
            live.apply(now.rules());
        }
        check();
        out.flush();
        if (before == null && warmUps > 0) {
            warmUp(now, warmUps);
        }
    }

    private void check() {
        CannotRunException broken = live.error();
        if (broken != null) {
            broken.lines(request.options().lang()).forEach(out::println);
            if (live.current() == null) {
                return;
            }
            out.println(Msg.WATCH_KEEPING_RULES.format(request.options().lang()));
        }
        try {
            out.print(new TextReporter().render(CheckRunner.run(live::current, request,
                    InputStream.nullInputStream(), Progress.NONE), request.options().lang()));
        } catch (CannotRunException e) {
            e.lines(request.options().lang()).forEach(out::println);
        }
    }

    /**
     * Compiles the rules a few times on a background thread, keeping nothing: the first rule edit is then compiled by
     * a JIT-warmed compiler (measured: the first compile in a JVM costs about 10× the fifth), so the check after an
     * edit is back in about a second instead of 5–13 s. Started once, after the first check, on a daemon thread that
     * stops before its next compile at the first change (the compile under way runs to its end, beside the edit's).
     * Each compile has its own module in Drools' repository (RulePacks), so the two never mix.
     */
    public void warmUpAfterFirstCheck(int compiles) {
        warmUps = compiles;
    }

    private void warmUp(State now, int compiles) {
        if (now.rules().sources() == null) {
            return;
        }
        Thread t = new Thread(() -> {
            for (int i = 0; i < compiles && !warmUpStop; i++) {
                try {
                    dxcheck.engine.RuleBase.build(now.rules().sources(), rulesRequest.kbase(),
                            dxcheck.engine.RuleBaseStore.NONE);
                } catch (CannotRunException | RuntimeException | OutOfMemoryError e) {
                    return; // only a warm-up: the check says why rules do not build; nothing of it is printed
                }
            }
        }, "dxcheck-watch-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private State snapshot() {
        return new State(files(), sets.read(rulesRequest));
    }

    /** Every watched input and --policy file with its size and modification time. */
    private Map<Path, String> files() {
        Map<Path, String> files = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        request.paths().stream().filter(p -> !p.equals("-")).map(Path::of).forEach(roots::add);
        rulesRequest.policyFiles().stream().map(Path::of).forEach(roots::add);
        for (Path root : roots) {
            try (Stream<Path> s = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
                s.filter(Files::isRegularFile).forEach(f -> files.put(f, stamp(f)));
            } catch (IOException | UncheckedIOException e) {
                files.put(root, "unreadable: " + e.getMessage()); // a change in why counts as a change
            }
        }
        return files;
    }

    private static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "gone: " + e.getMessage(); // removed between the walk and now: the next poll sees it gone
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
