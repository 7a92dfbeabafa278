package httpfromscratch.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Executor;

/**
 * A TCP server: bind, listen, accept, hand the connection to a handler, close, repeat.
 *
 * <p>By default the accept loop runs the handler itself, so the server talks to one client at a
 * time: a second client waits in the kernel's backlog until the first one is done. That is on
 * purpose. Step 7 passes an {@link Executor} that gives each connection its own thread.
 */
public final class TcpServer implements AutoCloseable {

    /** Connections the kernel may queue for us while we are busy with another one. */
    public static final int BACKLOG = 50;

    /** Runs each connection on the accept loop's own thread: one client at a time. */
    public static final Executor ONE_AT_A_TIME = Runnable::run;

    private final ServerSocket serverSocket;
    private final ConnectionHandler handler;
    private final Executor connections;

    private TcpServer(ServerSocket serverSocket, ConnectionHandler handler, Executor connections) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.connections = connections;
    }

    /** Binds to localhost on {@code port} (0 picks a free port) and serves one client at a time. */
    public static TcpServer bind(int port, ConnectionHandler handler) throws IOException {
        return bind(InetAddress.getLoopbackAddress(), port, handler, ONE_AT_A_TIME);
    }

    // Exercise 1.1
    /** Binds to {@code address:port}; {@code connections} decides where each connection runs. */
    public static TcpServer bind(InetAddress address, int port, ConnectionHandler handler, Executor connections)
            throws IOException {
        ServerSocket serverSocket = new ServerSocket();
        try {
            // Lets a restarted server bind at once instead of waiting out TIME_WAIT from the last run.
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(address, port), BACKLOG);
        } catch (IOException e) {
            serverSocket.close();
            throw e;
        }
        return new TcpServer(serverSocket, handler, connections);
    }

    /** The port we listen on: the real one, even when we asked for port 0. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    // Exercise 1.2
    /** Accepts connections until {@link #close()} is called. Blocks the calling thread. */
    public void serve() {
        while (!serverSocket.isClosed()) {
            try {
                Socket connection = serverSocket.accept();
                connections.execute(() -> handleAndClose(connection));
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return; // close() was called: accept() fails, and that is how the loop ends.
                }
                System.err.println("accept failed: " + e.getMessage());
            }
        }
    }

    /** Runs {@link #serve()} on a background thread, for tests and for servers embedded in a program. */
    public TcpServer start() {
        Thread acceptLoop = new Thread(this::serve, "accept-loop-" + port());
        acceptLoop.setDaemon(true);
        acceptLoop.start();
        return this;
    }

    private void handleAndClose(Socket connection) {
        try (connection) {
            handler.handle(connection);
        } catch (IOException | RuntimeException e) {
            // One client's broken connection, or a bug in a handler, must never stop the server:
            // note it and go back to accepting.
            System.err.println("connection from " + connection.getRemoteSocketAddress() + " ended: " + e);
        }
    }

    /** Stops accepting. A connection being handled right now finishes on its own thread. */
    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
