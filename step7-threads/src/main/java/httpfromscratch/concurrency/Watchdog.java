package httpfromscratch.concurrency;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Ends the waits that have gone on too long, for every connection of the server, from one thread.
 *
 * <p>Reads: a connection waits for the next request up to the idle timeout, and for the rest of a
 * request up to its deadline. A socket timeout ({@code setSoTimeout}) would do it, but it starts a
 * timer for every read that has to wait and cancels it when the bytes come: with keep-alive, that
 * is every request, and the timers cost about a tenth of a request's CPU. So a connection only
 * notes when its wait must end ({@link OpenConnection#readBy}), and this thread, a few times per
 * timeout, cuts off the reads that are overdue.
 *
 * <p>Writes: Java's blocking sockets have no timeout for a write at all. A write to a client that
 * never reads blocks once the kernel's buffers are full, and stays blocked for as long as the
 * client likes, holding its thread, its socket and its buffers. Every connection notes when its
 * current write began ({@link OpenConnection#timeWrites}), and this thread closes those blocked
 * longer than the write timeout.
 *
 * <p>One thread for the whole server, and nothing per read or write beyond a volatile store: a
 * wait ends between one and one and a quarter of its timeout, which is all a timeout needs.
 */
final class Watchdog {

    /** Looking four times per timeout ends a wait between 1 and 1.25 timeouts. */
    private static final int CHECKS_PER_TIMEOUT = 4;

    private final OpenConnections connections;
    private final Duration writeTimeout;
    private final Duration interval;
    private final Thread thread;

    Watchdog(OpenConnections connections, ConnectionLimits limits, String name) {
        this.connections = connections;
        this.writeTimeout = limits.writeTimeout();
        this.interval = shortest(limits.idleTimeout(), limits.requestTimeout(), limits.writeTimeout())
                .dividedBy(CHECKS_PER_TIMEOUT);
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::watch);
    }

    void start() {
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }

    private void watch() {
        try {
            while (true) {
                Thread.sleep(interval);
                int closed = connections.enforceTimeouts(writeTimeout);
                if (closed > 0) {
                    System.err.println("closed " + closed + " connection(s) whose client stopped reading for "
                            + writeTimeout.toMillis() + " ms");
                }
            }
        } catch (InterruptedException e) {
            // stop() was called: the server is shutting down
        }
    }

    private static Duration shortest(Duration... timeouts) {
        return Stream.of(timeouts).min(Duration::compareTo).orElseThrow();
    }
}
