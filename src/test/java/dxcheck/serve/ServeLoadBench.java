package dxcheck.serve;

import dxcheck.text.Lang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bounded load test on loopback, not part of `mvn verify` (tag "bench"): closed-loop clients post a single plan
 * (fixtures/ha-tinh/plan.yaml) to POST /api/check and the run reports checks per second and latency percentiles.
 * It asserts only that every answer is 200; the numbers are printed and written to target/bench/serve-load.txt.
 *
 * <pre>mvn -B -q test -Dtest=ServeLoadBench -Dbench.excludedGroups=none [-Dbench.seconds=20] [-Dbench.clients=4]</pre>
 */
@Tag("bench")
class ServeLoadBench {
    @Test
    void singlePlanChecks() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int clients = Integer.getInteger("bench.clients", 4);
        String plan = Files.readString(Path.of("fixtures/ha-tinh/plan.yaml"));
        try (DxServer server = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter()))) {
            URI check = server.uri().resolve("/api/check?asOf=2023-07-15&name=plan.yaml");
            HttpRequest request = Http.yamlRequest(check, plan);
            run(request, clients, 5);
            List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            int done = run(request, clients, seconds, nanos);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            String report = String.format(java.util.Locale.ROOT,
                    "dxcheck serve load: %d single-plan checks in %.1f s with %d clients on %d CPUs: %.0f checks/s; "
                            + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    done, elapsed, clients, Runtime.getRuntime().availableProcessors(), done / elapsed,
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
            System.out.print(report);
            Path out = Files.createDirectories(Path.of("target/bench")).resolve("serve-load.txt");
            Files.writeString(out, report);
        }
    }

    private static int run(HttpRequest request, int clients, int seconds) throws Exception {
        return run(request, clients, seconds, Collections.synchronizedList(new ArrayList<>()));
    }

    private static int run(HttpRequest request, int clients, int seconds, List<Long> nanos) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                counts.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < until) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos.add(System.nanoTime() - t0);
                        assertEquals(200, r.statusCode(), r::body);
                        n++;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> f : counts) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
