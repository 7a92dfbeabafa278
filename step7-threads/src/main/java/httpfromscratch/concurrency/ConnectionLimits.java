package httpfromscratch.concurrency;

import httpfromscratch.http.Limits;
import java.time.Duration;

/**
 * How long and how many: the limits of step 7's connection handling, each default with its reason.
 * Step 2's {@link Limits} still bound what one request may contain (request line, headers, body);
 * these bound how long a client may take and how many clients we hold at once.
 *
 * @param idleTimeout     how long a kept-alive connection may stay quiet between two requests → closed
 *                        without a word (no request has started, so there is nothing to answer)
 * @param requestTimeout  the deadline for a whole request to arrive, counted from its first byte and
 *                        never extended → 408 Request Timeout, then close
 * @param writeTimeout    how long one write of a response may stay blocked because the client does
 *                        not read → the connection is closed
 * @param maxConnections  connections open at once; the next one → 503 Service Unavailable, then close
 * @param bodyBudgetBytes request bytes all connections together may be receiving at once; a request
 *                        that would go over → 503 Service Unavailable, then close
 * @param shutdownGrace   how long a stopping server lets requests in flight finish before it cuts them off
 */
public record ConnectionLimits(Duration idleTimeout, Duration requestTimeout, Duration writeTimeout, int maxConnections,
        long bodyBudgetBytes, Duration shutdownGrace) {

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
     * 30 s without progress: a client that reads at all empties the kernel's buffers in
     * milliseconds, so a write blocked for half a minute is a client that stopped reading. It held
     * a thread, a socket and megabytes of kernel buffers until now. (nginx's {@code send_timeout}
     * is 60 s, counted the same way: between two successful writes, not for the whole response.)
     */
    public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * 10,000: each connection costs a file descriptor, a virtual thread and its buffers, about
     * 20 KiB of memory all told (measured in chapter 7). Ten thousand cost a couple of hundred
     * megabytes, and stay within the file-descriptor limit of most machines.
     */
    public static final int MAX_CONNECTIONS = 10_000;

    /**
     * An eighth of the heap: ten thousand connections each sending a 1 MiB body would need 10 GB,
     * more than the default heap of any machine under about 40 GB. A body is held several times
     * on its way to a handler (the parser's pieces, the joined array, the request's own copy), so
     * an eighth in bytes received keeps bodies in flight to about half the heap.
     */
    public static final long BODY_BUDGET_BYTES = Runtime.getRuntime().maxMemory() / 8;

    /**
     * 4096, the most Linux grants by default ({@code net.core.somaxconn}): connections the kernel
     * queues before our accept loop takes them. Step 1's 50 overflowed when 5,000 clients connected
     * at once to an idle server (chapter 7 has the numbers); a queue costs nothing until it is used.
     */
    public static final int BACKLOG = 4096;

    /** 5 s: our requests take milliseconds, so this is generous and keeps Ctrl-C quick. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** Sent with a 503 as {@code Retry-After}: connections come and go in well under a second. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(
            IDLE_TIMEOUT, REQUEST_TIMEOUT, WRITE_TIMEOUT, MAX_CONNECTIONS, BODY_BUDGET_BYTES, SHUTDOWN_GRACE);

    public ConnectionLimits withIdleTimeout(Duration timeout) {
        return new ConnectionLimits(timeout, requestTimeout, writeTimeout, maxConnections, bodyBudgetBytes, shutdownGrace);
    }

    public ConnectionLimits withRequestTimeout(Duration timeout) {
        return new ConnectionLimits(idleTimeout, timeout, writeTimeout, maxConnections, bodyBudgetBytes, shutdownGrace);
    }

    public ConnectionLimits withWriteTimeout(Duration timeout) {
        return new ConnectionLimits(idleTimeout, requestTimeout, timeout, maxConnections, bodyBudgetBytes, shutdownGrace);
    }

    public ConnectionLimits withMaxConnections(int connections) {
        return new ConnectionLimits(idleTimeout, requestTimeout, writeTimeout, connections, bodyBudgetBytes, shutdownGrace);
    }

    public ConnectionLimits withBodyBudgetBytes(long bytes) {
        return new ConnectionLimits(idleTimeout, requestTimeout, writeTimeout, maxConnections, bytes, shutdownGrace);
    }

    public ConnectionLimits withShutdownGrace(Duration grace) {
        return new ConnectionLimits(idleTimeout, requestTimeout, writeTimeout, maxConnections, bodyBudgetBytes, grace);
    }
}
