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

    private ConcurrentServer(TcpServer tcpServer, OpenConnections connections, ExecutorService threads,
            ServerSettings settings) {
        this.tcpServer = tcpServer;
        this.connections = connections;
        this.threads = threads;
        this.settings = settings;
        this.acceptLoop = Thread.ofPlatform().name("accept-loop-" + tcpServer.port()).daemon()
                .unstarted(tcpServer::serve);
    }

    /** Binds to localhost on {@code port} (0 picks a free port); call {@link #serve} or {@link #start} next. */
    public static ConcurrentServer bind(int port, Handler handler, ServerSettings settings) throws IOException {
        ExecutorService threads = settings.poolThreads() == ServerSettings.VIRTUAL_THREADS
                ? ConnectionThreads.virtualThreads()
                : ConnectionThreads.pool(settings.poolThreads());
        OpenConnections connections = new OpenConnections(settings.connectionLimits().maxConnections());
        PersistentConnectionHandler http = new PersistentConnectionHandler(handler, settings, connections);
        // Step 1's seam: the executor decides where each accepted connection runs.
        TcpServer tcpServer = TcpServer.bind(InetAddress.getLoopbackAddress(), port, http, threads);
        return new ConcurrentServer(tcpServer, connections, threads, settings);
    }

    public int port() {
        return tcpServer.port();
    }

    /** Accepts connections until {@link #stop}, blocking the calling thread until then. */
    public void serve() throws InterruptedException {
        start();
        acceptLoop.join();
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
