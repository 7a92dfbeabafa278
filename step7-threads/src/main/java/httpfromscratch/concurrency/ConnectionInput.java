package httpfromscratch.concurrency;

import httpfromscratch.http.HttpException;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * The bytes coming in on one connection: buffered, and read against a clock.
 *
 * <p>One object lives as long as the connection, so bytes that arrive early (the start of a
 * pipelined request, sent in the same packet as the one before) wait in the buffer for the next
 * parse instead of being lost.
 *
 * <p>The clock has two settings. Between requests we wait for the first byte of the next one, up to
 * the idle timeout. Once it has come, the whole request must arrive before a deadline, however its
 * bytes are spread out, so a client that sends one byte every few seconds cannot keep extending
 * it. Each wait is announced to the connection ({@link OpenConnection#readBy}), and the server's
 * {@link Watchdog} cuts off the read that is still waiting when its time is up.
 *
 * <p>While a request is being read, every buffer full taken from the network is also taken from the
 * server's {@link BodyBudget}, and all of it is given back once the request is read: that is what
 * bounds the bytes all connections hold at once.
 *
 * <p>Not thread-safe, and it need not be: one connection, one thread. That also makes the
 * byte-by-byte reads of step 2's parser cheap, with no lock to take per byte.
 */
final class ConnectionInput extends InputStream {

    /** Large enough for a typical request head in one read; small enough to keep per connection. */
    static final int BUFFER_SIZE = 8 * 1024;

    private static final long NO_DEADLINE = OpenConnection.NO_DEADLINE;

    private final OpenConnection connection;
    private final InputStream in;
    private final BodyBudget budget;
    private long taken; // bytes of the current request taken from the budget
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position; // the next byte to hand out
    private int limit; // one past the last byte received
    private long deadline = NO_DEADLINE; // of the request being read, a System.nanoTime() value

    ConnectionInput(Socket socket, OpenConnection connection, BodyBudget budget) throws IOException {
        this.connection = connection;
        this.in = socket.getInputStream();
        this.budget = budget;
    }

    /**
     * Waits up to {@code idleTimeout} for the first byte of the next request. True when it is here
     * (perhaps already buffered); false when the client closed the connection instead.
     *
     * @throws SocketTimeoutException when nothing came within {@code idleTimeout}
     */
    boolean awaitRequest(Duration idleTimeout) throws IOException {
        if (position < limit) {
            return true; // a pipelined request is already waiting in the buffer
        }
        connection.readBy(System.nanoTime() + idleTimeout.toNanos()); // startDeadline replaces it
        return fill();
    }

    /** From now on, every read must be done within {@code timeout}; the time never resets. */
    void startDeadline(Duration timeout) {
        deadline = System.nanoTime() + timeout.toNanos();
        connection.readBy(deadline);
    }

    /** The request is read (or refused): no more deadline, and its bytes go back to the budget. */
    void clearDeadline() {
        deadline = NO_DEADLINE;
        connection.readBy(NO_DEADLINE);
        budget.giveBack(taken);
        taken = 0;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, offset, count);
        position += count;
        return count;
    }

    /** Only what is already buffered: asking the socket would cost a system call. */
    @Override
    public int available() {
        return limit - position;
    }

    /**
     * Reads whatever the network has for us into the empty buffer; false at end of stream.
     *
     * @throws SocketTimeoutException when the time for this read was up, before it or during it
     */
    private boolean fill() throws IOException {
        if (deadlinePassed()) {
            throw new SocketTimeoutException("deadline passed"); // a slow drip of bytes ends here
        }
        int count = in.read(buffer, 0, buffer.length);
        if (count == -1) {
            if (connection.readCutOff()) {
                throw new SocketTimeoutException("the watchdog ended a read that waited too long");
            }
            return false;
        }
        if (deadline != NO_DEADLINE) {
            takeFromBudget(count);
        }
        position = 0;
        limit = count;
        return true;
    }

    /** Counts {@code count} more bytes of this request against the budget, or refuses the request. */
    private void takeFromBudget(int count) {
        if (!budget.take(count)) {
            throw new HttpException(Status.SERVICE_UNAVAILABLE,
                    "too many request bytes arriving at once, try again in " + ConnectionLimits.RETRY_AFTER.toSeconds() + " s");
        }
        taken += count;
    }

    private boolean deadlinePassed() {
        return deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0;
    }
}
