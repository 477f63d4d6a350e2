package dxcheck.serve;

import dxcheck.run.InputPolicy;
import dxcheck.run.RulesRequest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server runs. rules: the rules folder, rule pack, --policy files and rule cache every request is checked
 * with; maxBody bounds a request body; timeout bounds one check from the moment its body is in (the wait for a free
 * check thread included); checkThreads checks run at once, at most queue more wait; pollMillis is how often the rules
 * folder is looked at (0: never); allowUploadPolicy lets a request bring Policy documents (among its files or as its
 * policy), off by default; headerTimeout bounds the time a connection may take to send a request's headers (from its
 * first byte, or from the end of the answer before), bodyTimeout its body.
 */
public record ServeOptions(String host, int port, RulesRequest rules, long maxBody, Duration timeout,
                           int checkThreads, int queue, long pollMillis, boolean allowUploadPolicy,
                           Duration headerTimeout, Duration bodyTimeout) {
    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** 8 MiB in 60 s is about 140 KB/s: a slow office uplink still gets its largest upload through. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
    /** The option that lets a request bring its own Policy documents. */
    public static final String ALLOW_UPLOAD_POLICY = "--allow-upload-policy";

    public static ServeOptions defaults(Path rulesDir) {
        return defaults(RulesRequest.of(rulesDir));
    }

    public static ServeOptions defaults(RulesRequest rules) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ServeOptions("127.0.0.1", 0, rules, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT, threads, 16 * threads, 500,
                false, DEFAULT_HEADER_TIMEOUT, DEFAULT_BODY_TIMEOUT);
    }

    /** How the Policy documents a request brings are treated. */
    public InputPolicy uploadPolicy() {
        return allowUploadPolicy ? InputPolicy.ALLOWED : InputPolicy.refusedBy(ALLOW_UPLOAD_POLICY);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(host, p, rules, maxBody, timeout, checkThreads, queue, pollMillis, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withHost(String h) {
        return new ServeOptions(h, port, rules, maxBody, timeout, checkThreads, queue, pollMillis, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withMaxBody(long bytes) {
        return new ServeOptions(host, port, rules, bytes, timeout, checkThreads, queue, pollMillis, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withTimeout(Duration t) {
        return new ServeOptions(host, port, rules, maxBody, t, checkThreads, queue, pollMillis, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withThreads(int threads, int queued) {
        return new ServeOptions(host, port, rules, maxBody, timeout, threads, queued, pollMillis, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withPollMillis(long ms) {
        return new ServeOptions(host, port, rules, maxBody, timeout, checkThreads, queue, ms, allowUploadPolicy,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withAllowUploadPolicy(boolean allow) {
        return new ServeOptions(host, port, rules, maxBody, timeout, checkThreads, queue, pollMillis, allow,
                headerTimeout, bodyTimeout);
    }

    public ServeOptions withReadTimeouts(Duration headers, Duration body) {
        return new ServeOptions(host, port, rules, maxBody, timeout, checkThreads, queue, pollMillis, allowUploadPolicy,
                headers, body);
    }
}
