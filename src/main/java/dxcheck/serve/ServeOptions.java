package dxcheck.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a server runs. maxBody bounds a request body; timeout bounds one check (queue wait included); checkThreads
 * checks run at once, at most queue more wait; pollMillis is how often the rules folder is looked at (0: never);
 * allowUploadPolicy lets a request bring Policy documents (among its files or as its policy), off by default.
 */
public record ServeOptions(String host, int port, Path rulesDir, String kbase, List<String> policyFiles,
                           long maxBody, Duration timeout, int checkThreads, int queue, long pollMillis,
                           boolean allowUploadPolicy) {
    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public static ServeOptions defaults(Path rulesDir) {
        return new ServeOptions("127.0.0.1", 0, rulesDir, null, List.of(), DEFAULT_MAX_BODY, DEFAULT_TIMEOUT,
                Math.max(2, Runtime.getRuntime().availableProcessors()), 64, 500, false);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(host, p, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue, pollMillis, allowUploadPolicy);
    }

    public ServeOptions withMaxBody(long bytes) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, bytes, timeout, checkThreads, queue, pollMillis, allowUploadPolicy);
    }

    public ServeOptions withTimeout(Duration t) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, t, checkThreads, queue, pollMillis, allowUploadPolicy);
    }

    public ServeOptions withPollMillis(long ms) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue, ms, allowUploadPolicy);
    }

    public ServeOptions withAllowUploadPolicy(boolean allow) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allow);
    }

    public ServeOptions withPolicyFiles(List<String> files) {
        return new ServeOptions(host, port, rulesDir, kbase, List.copyOf(files), maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy);
    }
}
