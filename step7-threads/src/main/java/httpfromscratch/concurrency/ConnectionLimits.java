package httpfromscratch.concurrency;

import httpfromscratch.http.Limits;
import java.time.Duration;

/**
 * How long and how many: the limits of step 7's connection handling, each default with its reason.
 * Step 2's {@link Limits} still bound what one request may contain (request line, headers, body);
 * these bound how long a client may take and how many clients we hold at once.
 *
 * @param idleTimeout    how long a kept-alive connection may stay quiet between two requests → closed
 *                       without a word (no request has started, so there is nothing to answer)
 * @param requestTimeout the deadline for a whole request to arrive, counted from its first byte and
 *                       never extended → 408 Request Timeout, then close
 * @param maxConnections connections open at once; the next one → 503 Service Unavailable, then close
 * @param shutdownGrace  how long a stopping server lets requests in flight finish before it cuts them off
 */
public record ConnectionLimits(Duration idleTimeout, Duration requestTimeout, int maxConnections, Duration shutdownGrace) {

    /**
     * 30 s: a browser reuses a connection for the next click within seconds, and a client that
     * went away for good gives its connection back within half a minute. (Apache waits 5 s,
     * Tomcat 20 s, nginx 75 s.)
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * 10 s, step 2's header timeout, but as a deadline: a real client sends a request in
     * milliseconds, and a slowloris client that drips one byte every few seconds is cut off at the
     * deadline instead of resetting a timer with every byte.
     */
    public static final Duration REQUEST_TIMEOUT = Limits.HEADER_TIMEOUT;

    /**
     * 10,000: each connection costs a file descriptor, a virtual thread and its buffers, about
     * 20 KiB of memory all told (measured in chapter 7). Ten thousand cost a couple of hundred
     * megabytes, and stay within the file-descriptor limit of most machines.
     */
    public static final int MAX_CONNECTIONS = 10_000;

    /** 5 s: our requests take milliseconds, so this is generous and keeps Ctrl-C quick. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** Sent with a 503 as {@code Retry-After}: connections come and go in well under a second. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public static final ConnectionLimits DEFAULTS =
            new ConnectionLimits(IDLE_TIMEOUT, REQUEST_TIMEOUT, MAX_CONNECTIONS, SHUTDOWN_GRACE);

    public ConnectionLimits withIdleTimeout(Duration timeout) {
        return new ConnectionLimits(timeout, requestTimeout, maxConnections, shutdownGrace);
    }

    public ConnectionLimits withRequestTimeout(Duration timeout) {
        return new ConnectionLimits(idleTimeout, timeout, maxConnections, shutdownGrace);
    }

    public ConnectionLimits withMaxConnections(int connections) {
        return new ConnectionLimits(idleTimeout, requestTimeout, connections, shutdownGrace);
    }

    public ConnectionLimits withShutdownGrace(Duration grace) {
        return new ConnectionLimits(idleTimeout, requestTimeout, maxConnections, grace);
    }
}
