package httpfromscratch.concurrency;

import httpfromscratch.http.Handler;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ExecutorService;

/**
 * Step 7's server: step 1's accept loop with a thread per connection, HTTP on persistent
 * connections, a cap on open connections, and a graceful stop.
 */
public final class ConcurrentServer implements AutoCloseable {

    private final TcpServer tcpServer;
    private final OpenConnections connections;
    private final ExecutorService threads;
    private final ServerSettings settings;
    private final Thread acceptLoop;
    private final Watchdog watchdog;
    private volatile Throwable acceptLoopFailure; // what ended the accept loop, if not stop()

    private ConcurrentServer(TcpServer tcpServer, OpenConnections connections, ExecutorService threads,
            ServerSettings settings) {
        this.tcpServer = tcpServer;
        this.connections = connections;
        this.threads = threads;
        this.settings = settings;
        this.acceptLoop = Thread.ofPlatform().name("accept-loop-" + tcpServer.port()).daemon()
                .unstarted(this::acceptUntilStopped);
        this.watchdog = new Watchdog(connections, settings.connectionLimits(), "watchdog-" + tcpServer.port());
    }

    /** Binds to localhost on {@code port} (0 picks a free port); call {@link #serve} or {@link #start} next. */
    public static ConcurrentServer bind(int port, Handler handler, ServerSettings settings) throws IOException {
        ExecutorService threads = settings.poolThreads() == ServerSettings.VIRTUAL_THREADS
                ? ConnectionThreads.virtualThreads()
                : ConnectionThreads.pool(settings.poolThreads());
        return bind(port, handler, settings, threads);
    }

    /** Binds like {@link #bind}, but runs connections on {@code threads}: a test passes threads that fail. */
    static ConcurrentServer bind(int port, Handler handler, ServerSettings settings, ExecutorService threads)
            throws IOException {
        OpenConnections connections = new OpenConnections(settings.connectionLimits().maxConnections());
        BodyBudget budget = new BodyBudget(settings.connectionLimits().bodyBudgetBytes());
        PersistentConnectionHandler http = new PersistentConnectionHandler(handler, settings, connections, budget);
        // Step 1's seam: the executor decides where each accepted connection runs.
        TcpServer tcpServer = TcpServer.bind(InetAddress.getLoopbackAddress(), port, ConnectionLimits.BACKLOG, http, threads);
        return new ConcurrentServer(tcpServer, connections, threads, settings);
    }

    public int port() {
        return tcpServer.port();
    }

    /** Where we listen, such as {@code 127.0.0.1:8080}: what the banner prints. */
    public String authority() {
        return tcpServer.authority();
    }

    /**
     * Accepts connections until {@link #stop}, blocking the calling thread until then. If the
     * accept loop ended for another reason, an {@link Error} such as {@link OutOfMemoryError} or an
     * exception nobody caught, it is thrown here: a server that stopped serving must not look
     * like one that stopped because it was asked to.
     */
    public void serve() throws InterruptedException {
        start();
        acceptLoop.join();
        Throwable failure = acceptLoopFailure;
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("the accept loop stopped: " + failure, failure);
        }
    }

    /** Step 1's accept loop, with whatever ends it other than {@link #stop} kept for {@link #serve}. */
    private void acceptUntilStopped() {
        try {
            tcpServer.serve();
        } catch (Throwable e) { // an Error too: whoever waits in serve() must hear of it
            acceptLoopFailure = e;
        }
    }

    /**
     * Starts step 1's accept loop and returns. The loop keeps a platform thread of its own: when a
     * thousand clients connect at once, the operating system gives it time slices of its own, and
     * it empties the kernel's queue of new connections before that overflows, instead of waiting
     * its turn behind a thousand connection threads.
     */
    public synchronized ConcurrentServer start() {
        if (acceptLoop.getState() == Thread.State.NEW) {
            acceptLoop.start();
            watchdog.start();
        }
        return this;
    }

    /** How many connections are open right now. */
    public int openConnections() {
        return connections.size();
    }

    /**
     * Stops gracefully: stop accepting, close idle connections, let requests in flight finish within
     * the shutdown grace period, then close the rest. Returns how many were cut off mid-request.
     */
    public int stop() throws IOException, InterruptedException {
        tcpServer.close();
        acceptLoop.join(); // once the loop has let go of the listening socket, new clients are refused
        watchdog.stop();
        int cutOff = connections.closeAll(settings.connectionLimits().shutdownGrace());
        threads.shutdown(); // threads end as their connections do; no new ones start
        return cutOff;
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
