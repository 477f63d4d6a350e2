package dxcheck.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a server runs. maxBody bounds a request body; timeout bounds one check from the moment its body is in (the
 * wait for a free check thread included); checkThreads checks run at once, at most queue more wait; pollMillis is
 * how often the rules folder is looked at (0: never); allowUploadPolicy lets a request bring Policy documents (among
 * its files or as its policy), off by default; headerTimeout bounds the time a connection may take to send a
 * request's headers (from its first byte, or from the end of the answer before), bodyTimeout its body.
 */
public record ServeOptions(String host, int port, Path rulesDir, String kbase, List<String> policyFiles,
                           long maxBody, Duration timeout, int checkThreads, int queue, long pollMillis,
                           boolean allowUploadPolicy, Duration headerTimeout, Duration bodyTimeout) {
    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** 8 MiB in 60 s is about 140 KB/s: a slow office uplink still gets its largest upload through. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);

    public static ServeOptions defaults(Path rulesDir) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ServeOptions("127.0.0.1", 0, rulesDir, null, List.of(), DEFAULT_MAX_BODY, DEFAULT_TIMEOUT, threads,
                16 * threads, 500, false, DEFAULT_HEADER_TIMEOUT, DEFAULT_BODY_TIMEOUT);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(host, p, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withMaxBody(long bytes) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, bytes, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withTimeout(Duration t) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, t, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withPollMillis(long ms) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue, ms,
                allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withThreads(int threads, int queued) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, threads, queued,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withHost(String h) {
        return new ServeOptions(h, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withAllowUploadPolicy(boolean allow) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allow, headerTimeout, bodyTimeout);
    }

    public ServeOptions withReadTimeouts(Duration headers, Duration body) {
        return new ServeOptions(host, port, rulesDir, kbase, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headers, body);
    }

    public ServeOptions withKbase(String k) {
        return new ServeOptions(host, port, rulesDir, k, policyFiles, maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }

    public ServeOptions withPolicyFiles(List<String> files) {
        return new ServeOptions(host, port, rulesDir, kbase, List.copyOf(files), maxBody, timeout, checkThreads, queue,
                pollMillis, allowUploadPolicy, headerTimeout, bodyTimeout);
    }
}
