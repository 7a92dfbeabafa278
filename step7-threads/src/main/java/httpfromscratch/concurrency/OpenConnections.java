package httpfromscratch.concurrency;

import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The connections we are serving right now: how many there are (for the cap), and which of them
 * are in the middle of a request (for a graceful stop).
 *
 * <p>Many connection threads register and leave at once, and a stopping server walks the set from
 * yet another thread, so every method that touches the set holds this object's lock.
 */
final class OpenConnections {

    private final int maxConnections;
    private final Set<OpenConnection> open = new HashSet<>();
    private volatile boolean stopping;

    OpenConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** Adds a new connection; empty when we are full or stopping, and the caller must refuse it. */
    synchronized Optional<OpenConnection> register(Socket socket) {
        if (stopping || open.size() >= maxConnections) {
            return Optional.empty();
        }
        OpenConnection connection = new OpenConnection(socket, this);
        open.add(connection);
        return Optional.of(connection);
    }

    /** Called when a connection has closed. Wakes up a {@link #closeAll} waiting for the last one. */
    synchronized void remove(OpenConnection connection) {
        open.remove(connection);
        notifyAll();
    }

    synchronized int size() {
        return open.size();
    }

    /** True once {@link #closeAll} has begun: every response from now on says {@code Connection: close}. */
    boolean stopping() {
        return stopping;
    }

    /**
     * A graceful stop: refuse new connections, close the idle ones at once, give the busy ones until
     * {@code grace} runs out to finish the request they are serving, then close whatever is left.
     * Returns how many connections had to be cut off mid-request.
     */
    int closeAll(Duration grace) throws InterruptedException {
        stopping = true;
        snapshot().forEach(OpenConnection::closeIfIdle);
        if (awaitNoneOpen(grace)) {
            return 0;
        }
        List<OpenConnection> stillBusy = snapshot();
        stillBusy.forEach(OpenConnection::close);
        return stillBusy.size();
    }

    /**
     * One look by the {@link Watchdog} at every connection, at one moment:
     * <ul>
     *   <li>a write blocked for longer than {@code writeTimeout} means its client stopped reading:
     *       closing the socket makes the write fail, which ends the connection's thread;</li>
     *   <li>a read waiting past its deadline (the idle timeout between requests, or the deadline of a
     *       request still arriving) is cut off: its thread sees the end of the stream, learns from its
     *       connection that this was a timeout, and answers or closes as for a socket timeout.</li>
     * </ul>
     * Returns how many connections were closed for a stalled write.
     */
    int enforceTimeouts(Duration writeTimeout) {
        long now = System.nanoTime();
        long writeCutOff = now - writeTimeout.toNanos();
        int stalledWrites = 0;
        for (OpenConnection connection : snapshot()) {
            if (connection.writeBlockedSince(writeCutOff)) {
                connection.close();
                stalledWrites++;
            } else if (connection.readOverdue(now)) {
                connection.cutOffRead();
            }
        }
        return stalledWrites;
    }

    private synchronized List<OpenConnection> snapshot() {
        return List.copyOf(open);
    }

    /** Waits until every connection has closed, or the time is up; true if they all closed. */
    private synchronized boolean awaitNoneOpen(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
