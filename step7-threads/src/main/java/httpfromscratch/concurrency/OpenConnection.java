package httpfromscratch.concurrency;

import java.io.IOException;
import java.net.Socket;

/**
 * One connection as a stopping server sees it: idle (waiting for the next request, safe to close)
 * or busy (a request has begun, and its client is owed a response).
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
