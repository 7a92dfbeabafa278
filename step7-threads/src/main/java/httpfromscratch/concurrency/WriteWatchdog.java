package httpfromscratch.concurrency;

import java.time.Duration;

/**
 * Closes connections whose clients stopped reading. Java's blocking sockets have a timeout for
 * reads ({@code setSoTimeout}) but none for writes: a write to a client that never reads blocks
 * once the kernel's buffers are full, and stays blocked for as long as the client likes, holding
 * its thread, its socket and its buffers. Enough such clients take every connection we allow.
 *
 * <p>So one thread watches them all. Every connection notes when its current write began
 * ({@link OpenConnection#timeWrites}); a few times per timeout this thread looks for writes older
 * than the timeout and closes their sockets, which makes the blocked write fail. One thread for the
 * whole server, and nothing per write beyond reading the clock: that is why it is a watchdog and
 * not a timer per write.
 */
final class WriteWatchdog {

    /** Looking four times per timeout cuts a stalled write between 1 and 1.25 timeouts. */
    private static final int CHECKS_PER_TIMEOUT = 4;

    private final OpenConnections connections;
    private final Duration writeTimeout;
    private final Thread thread;

    WriteWatchdog(OpenConnections connections, Duration writeTimeout, String name) {
        this.connections = connections;
        this.writeTimeout = writeTimeout;
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::watch);
    }

    void start() {
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }

    private void watch() {
        Duration interval = writeTimeout.dividedBy(CHECKS_PER_TIMEOUT);
        try {
            while (true) {
                Thread.sleep(interval);
                int closed = connections.closeStalledWrites(writeTimeout);
                if (closed > 0) {
                    System.err.println("closed " + closed + " connection(s) whose client stopped reading for "
                            + writeTimeout.toMillis() + " ms");
                }
            }
        } catch (InterruptedException e) {
            // stop() was called: the server is shutting down
        }
    }
}
