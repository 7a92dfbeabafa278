import httpfromscratch.concurrency.ConcurrentServer;
import httpfromscratch.concurrency.ConnectionLimits;
import httpfromscratch.concurrency.ServerSettings;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;

/**
 * Step 7's connection machinery with the smallest possible application: every request gets
 * "Hello, World!" (13 bytes of text/plain). Run by bench/run.sh:
 * {@code java -cp <bench and step 7's classes> HelloStep7 PORT [POOL_THREADS] [MAX_CONNECTIONS]}.
 */
public final class HelloStep7 {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int poolThreads = args.length > 1 ? Integer.parseInt(args[1]) : ServerSettings.VIRTUAL_THREADS;
        int maxConnections = args.length > 2 ? Integer.parseInt(args[2]) : ConnectionLimits.MAX_CONNECTIONS;
        ServerSettings settings = ServerSettings.DEFAULTS
                .withPoolThreads(poolThreads)
                .withConnectionLimits(ConnectionLimits.DEFAULTS.withMaxConnections(maxConnections));
        ConcurrentServer server = ConcurrentServer.bind(port,
                request -> HttpResponse.text(Status.OK, "Hello, World!"), settings);
        System.out.println("Step 7 hello server listening on http://localhost:" + server.port() + "/");
        server.serve();
    }
}
