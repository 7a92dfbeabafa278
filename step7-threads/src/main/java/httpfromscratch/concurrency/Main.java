package httpfromscratch.concurrency;

import httpfromscratch.http.Handler;
import httpfromscratch.json.CrudApp;
import httpfromscratch.json.Json;
import httpfromscratch.middleware.ApiToken;
import httpfromscratch.middleware.MiddlewareStack;
import httpfromscratch.routing.Router;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.staticfiles.DemoSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Step 7: everything from step 6, concurrent and persistent. {@code ./mvnw -pl step7-threads exec:java};
 * options: {@code --port N}, {@code --threads N} (a pool instead of virtual threads),
 * {@code --max-connections N}, {@code --directory DIR} (for {@code /files/…}), {@code --token T},
 * {@code --allow-origin URL[,URL…]} (the web sites whose scripts may call us; CORS).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BatchedOutput.install(); // the access log writes a line per request
        ServerOptions options = ServerOptions.parse(args);
        ApiToken token = ApiToken.choose(options, System.getenv());
        Optional<Path> directory = directory(options);
        ServerSettings settings = settings(options);
        Handler app = app(MiddlewareStack.Config.demo(token.value(), options), directory, System.out::println);
        ConcurrentServer server = ConcurrentServer.bind(options.port(), app, settings);
        run(server, banner(server.authority(), token, directory, settings));
    }

    /** Exit status when the server stopped serving on its own: anything but 0, which means "asked to stop". */
    static final int FATAL_EXIT_STATUS = 70; // EX_SOFTWARE in BSD's sysexits.h: an internal error

    /**
     * Prints the banner and serves until Ctrl-C or SIGTERM. If serving ends any other way, such as
     * an {@link OutOfMemoryError} in the accept loop, the process says so and exits with
     * {@link #FATAL_EXIT_STATUS}, so that a service manager restarts it instead of recording a
     * clean stop.
     */
    static void run(ConcurrentServer server, String banner) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndExit(server), "graceful-shutdown"));
        System.out.println(banner);
        System.out.flush();
        try {
            server.serve();
        } catch (Error | RuntimeException e) {
            System.out.flush(); // the access log's last lines (BatchedOutput)
            System.err.println("Fatal: the server stopped accepting connections: " + e);
            System.err.flush();
            // halt, not exit: exit would run the shutdown hook above, whose halt(0) reports success.
            Runtime.getRuntime().halt(FATAL_EXIT_STATUS);
        }
    }

    /**
     * Step 6's application on thread-safe stores, plus the routes of the CodeCrafters challenge;
     * access log lines go to {@code log}.
     */
    public static Handler app(MiddlewareStack.Config config, Optional<Path> directory, Consumer<String> log) throws IOException {
        Router routes = CrudApp.routes(DemoSite.directory(), boundedStore(), boundedStore());
        ChallengeRoutes.addTo(routes, directory);
        return CrudApp.app(routes, config, log);
    }

    /**
     * A sixteenth of the heap for each of the two stores, measured as the items' JSON text. A stored
     * tree takes a few times its text, and requests in flight have an eighth of their own
     * ({@link ConnectionLimits#BODY_BUDGET_BYTES}): what the server holds fits the heap it has.
     */
    static final long STORE_CAPACITY_BYTES = Runtime.getRuntime().maxMemory() / 16;

    private static <T> ConcurrentStore<T> boundedStore() {
        return new ConcurrentStore<>(STORE_CAPACITY_BYTES, item -> Json.write(item).length());
    }

    /** The demo's settings with {@code token}: what the tests start. */
    static Handler app(String token, Optional<Path> directory, Consumer<String> log) throws IOException {
        return app(MiddlewareStack.Config.demo(token), directory, log);
    }

    static ServerSettings settings(ServerOptions options) {
        int threads = count(options, "threads").orElse(ServerSettings.VIRTUAL_THREADS);
        int maxConnections = count(options, "max-connections").orElse(ConnectionLimits.MAX_CONNECTIONS);
        return ServerSettings.DEFAULTS
                .withPoolThreads(threads)
                .withConnectionLimits(ConnectionLimits.DEFAULTS.withMaxConnections(maxConnections));
    }

    /**
     * Ctrl-C and SIGTERM run the shutdown hooks; this one stops the server gracefully. The JVM would
     * then report the stop as exit status 128 + the signal's number (143 for SIGTERM), which service
     * managers read as a crash. We stopped because we were asked to, so we say 0. {@code halt} skips
     * whatever shutdown work is still pending, which is why it comes last.
     */
    static void stopAndExit(ConcurrentServer server) {
        try {
            int cutOff = server.stop();
            System.out.println(cutOff == 0 ? "Stopped." : "Stopped; " + cutOff + " request(s) cut off.");
        } catch (IOException | InterruptedException e) {
            System.err.println("error while stopping: " + e);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** {@code --directory DIR}: where {@code /files/{name}} reads and writes; it must exist. */
    static Optional<Path> directory(ServerOptions options) {
        Optional<Path> directory = options.option("directory").map(Path::of);
        if (directory.isPresent() && !Files.isDirectory(directory.get())) {
            throw new IllegalArgumentException("--directory must name an existing folder, got '" + directory.get() + "'");
        }
        return directory;
    }

    /** A positive whole number given as {@code --name N}. */
    static Optional<Integer> count(ServerOptions options, String name) {
        return options.option(name).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("--" + name + " must be a whole number above 0, got '" + text + "'");
        });
    }

    static String banner(String authority, ApiToken token, Optional<Path> directory, ServerSettings settings) {
        String threads = settings.poolThreads() == ServerSettings.VIRTUAL_THREADS
                ? "a virtual thread per connection"
                : "a fixed pool of platform threads (" + settings.poolThreads() + ")";
        return """
                Concurrent server listening on http://%1$s/
                Threads: %2$s; connection cap: %3$d
                API token for /api/... (%4$s): %5$s
                Files for /files/{name}: %6$s
                Try:
                  curl -i http://%1$s/echo/hello http://%1$s/user-agent
                  curl -i http://%1$s/data -H 'Content-Type: application/json' -d '{"title":"Buy milk"}'
                Press Ctrl-C to stop.""".formatted(
                authority, threads, settings.connectionLimits().maxConnections(),
                token.generated() ? "generated; choose one with --token" : "given", token.value(),
                directory.map(Path::toString).orElse("none (start with --directory DIR)"));
    }
}
