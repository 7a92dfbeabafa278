package httpfromscratch.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * A TCP server: bind, listen, accept, hand the connection to a handler, close, repeat.
 *
 * <p>By default the accept loop runs the handler itself, so the server talks to one client at a
 * time: a second client waits in the kernel's backlog until the first one is done. That is on
 * purpose. Step 7 passes an {@link Executor} that gives each connection its own thread.
 */
public final class TcpServer implements AutoCloseable {

    /**
     * Connections the kernel may queue for us while we are busy with another one. Plenty for a
     * server that takes one client at a time; step 7, which takes thousands at once, asks for more.
     */
    public static final int BACKLOG = 50;

    /** The first pause after a failed {@code accept()}; it doubles with each failure in a row. */
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(10);

    /** The longest pause: a server out of file descriptors tries again once a second. */
    static final Duration MAX_BACK_OFF = Duration.ofSeconds(1);

    /** Runs each connection on the accept loop's own thread: one client at a time. */
    public static final Executor ONE_AT_A_TIME = Runnable::run;

    private final ServerSocket serverSocket;
    private final ConnectionHandler handler;
    private final Executor connections;

    /** Serves on a socket that is already listening; tests pass one that fails on purpose. */
    TcpServer(ServerSocket serverSocket, ConnectionHandler handler, Executor connections) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.connections = connections;
    }

    /** Binds to localhost on {@code port} (0 picks a free port) and serves one client at a time. */
    public static TcpServer bind(int port, ConnectionHandler handler) throws IOException {
        return bind(InetAddress.getLoopbackAddress(), port, handler, ONE_AT_A_TIME);
    }

    /** Binds to {@code address:port}; {@code connections} decides where each connection runs. */
    public static TcpServer bind(InetAddress address, int port, ConnectionHandler handler, Executor connections)
            throws IOException {
        return bind(address, port, BACKLOG, handler, connections);
    }

    // Exercise 1.1
    /** The same, with a queue of {@code backlog} connections waiting to be accepted. */
    public static TcpServer bind(InetAddress address, int port, int backlog, ConnectionHandler handler,
            Executor connections) throws IOException {
        ServerSocket serverSocket = new ServerSocket();
        try {
            // Lets a restarted server bind at once instead of waiting out TIME_WAIT from the last run.
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(address, port), backlog);
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

    /**
     * The address and port we listen on, as a URL writes them: {@code 127.0.0.1:8080}, or
     * {@code [::1]:8080} for IPv6. A banner prints this rather than {@code localhost}, which a
     * client may look up as {@code ::1} first, where nobody listens.
     */
    public String authority() {
        InetAddress address = serverSocket.getInetAddress();
        String host = address.getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    // Exercise 1.2
    /** Accepts connections until {@link #close()} is called. Blocks the calling thread. */
    public void serve() {
        int failuresInARow = 0;
        while (!serverSocket.isClosed()) {
            try {
                Socket connection = serverSocket.accept();
                failuresInARow = 0;
                connections.execute(() -> handleAndClose(connection));
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return; // close() was called: accept() fails, and that is how the loop ends.
                }
                failuresInARow++;
                System.err.println("accept failed: " + e.getMessage());
                pause(backOff(failuresInARow));
            }
        }
    }

    /**
     * How long to wait after {@code failures} failed accepts in a row: 10 ms, 20 ms, 40 ms… up to
     * 1 s. The usual failure is running out of file descriptors (EMFILE): then {@code accept()} fails
     * at once, again and again, until some connection closes. Retrying at once would burn a core
     * and write a log line a microsecond; waiting longer each time costs a client a second at most.
     */
    static Duration backOff(int failures) {
        int doublings = Math.min(failures - 1, 30); // 2^30 ms is far past the cap; more would overflow
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACK_OFF) < 0 ? wait : MAX_BACK_OFF;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the flag for whoever interrupted us
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
