package httpfromscratch.concurrency;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * One connection as a stopping server sees it: idle (waiting for the next request, safe to close)
 * or busy (a request has begun, and its client is owed a response).
 *
 * <p>It also knows until when its read may wait, and whether a write to the client is blocked
 * right now and since when, so that the {@link Watchdog} can end a wait that has gone on too long.
 *
 * <p>Its own thread moves it between the two; a stopping server closes it from another thread.
 * Both go through this object's lock, so a connection is never closed between "a request has
 * begun" and "it is busy".
 */
final class OpenConnection implements AutoCloseable {

    private final Socket socket;
    private final OpenConnections registry;
    private boolean busy;
    private boolean closed;
    // When the write in progress began (System.nanoTime()), or NOT_WRITING. Volatile, not locked:
    // it changes twice per write on the hot path, and the watchdog only needs a recent value.
    private volatile long writingSince = NOT_WRITING;

    // When the read in progress must end (System.nanoTime()), or NO_DEADLINE. Volatile for the
    // same reason: the connection's thread sets it a few times per request.
    private volatile long readDeadline = NO_DEADLINE;
    private volatile boolean readCutOff;

    private static final long NOT_WRITING = Long.MIN_VALUE;
    static final long NO_DEADLINE = Long.MAX_VALUE;

    OpenConnection(Socket socket, OpenConnections registry) {
        this.socket = socket;
        this.registry = registry;
    }

    /** The first byte of a request is here. False if the server closed us meanwhile. */
    synchronized boolean startRequest() {
        busy = !closed;
        return busy;
    }

    /** The response is written. False when the server is stopping: the connection must end now. */
    synchronized boolean finishRequest() {
        busy = false;
        return !closed && !registry.stopping();
    }

    /**
     * The socket's output, with each write timed: the clock runs only while a write is blocked in
     * the kernel, so a slow client that keeps reading never trips it. Two volatile stores per
     * write (every 8 KiB, behind the buffer), no allocation, no timer to schedule.
     */
    OutputStream timeWrites(OutputStream socketOutput) {
        return new FilterOutputStream(socketOutput) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.write(bytes, offset, length); // FilterOutputStream's own would go byte by byte
                } finally {
                    writingSince = NOT_WRITING;
                }
            }
        };
    }

    /** True if a write has been blocked since before {@code cutOff} (a System.nanoTime() value). */
    boolean writeBlockedSince(long cutOff) {
        long since = writingSince;
        return since != NOT_WRITING && since - cutOff < 0;
    }

    /** From now on, a read that is still waiting at {@code deadline} (a System.nanoTime() value) is cut off. */
    void readBy(long deadline) {
        readDeadline = deadline;
    }

    /** True if a read has a deadline and {@code now} is past it. */
    boolean readOverdue(long now) {
        long deadline = readDeadline;
        return deadline != NO_DEADLINE && now - deadline >= 0;
    }

    /**
     * Ends the overdue read: shutting the socket's input down wakes the blocked read, which returns
     * the end of the stream. The output stays open, so a {@code 408} can still be sent.
     */
    void cutOffRead() {
        readCutOff = true;
        try {
            socket.shutdownInput();
        } catch (IOException e) {
            // Already closed: the read has ended anyway.
        }
    }

    /** True once the watchdog has cut off a read: the end of the stream that followed is a timeout. */
    boolean readCutOff() {
        return readCutOff;
    }

    /** Closing an idle connection wakes its thread, blocked in a read, with a SocketException. */
    synchronized void closeIfIdle() {
        if (!busy) {
            close();
        }
    }

    /** True once closed by us, so the connection's thread knows its read failed on purpose. */
    synchronized boolean closed() {
        return closed;
    }

    /** Leaves the registry first, so a client that sees the close can connect again at once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        registry.remove(this);
        try {
            socket.close();
        } catch (IOException e) {
            // Closing failed: the socket is as unusable as if it had worked.
        }
    }
}
