package httpfromscratch.concurrency;

import httpfromscratch.http.Handler;
import httpfromscratch.json.CrudApp;
import httpfromscratch.middleware.ApiToken;
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
 * {@code --max-connections N}, {@code --directory DIR} (for {@code /files/…}), {@code --token T}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ServerOptions options = ServerOptions.parse(args);
        ApiToken token = ApiToken.choose(options, System.getenv());
        Optional<Path> directory = directory(options);
        ServerSettings settings = settings(options);
        Handler app = app(token.value(), directory, System.out::println);
        ConcurrentServer server = ConcurrentServer.bind(options.port(), app, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndExit(server), "graceful-shutdown"));
        System.out.println(banner(server.port(), token, directory, settings));
        System.out.flush();
        server.serve();
    }

    /**
     * Step 6's application on thread-safe stores, plus the routes of the CodeCrafters challenge;
     * access log lines go to {@code log}.
     */
    static Handler app(String token, Optional<Path> directory, Consumer<String> log) throws IOException {
        Router routes = CrudApp.routes(DemoSite.directory(), new ConcurrentStore<>(), new ConcurrentStore<>());
        ChallengeRoutes.addTo(routes, directory);
        return CrudApp.app(routes, token, log);
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

    static String banner(int port, ApiToken token, Optional<Path> directory, ServerSettings settings) {
        String threads = settings.poolThreads() == ServerSettings.VIRTUAL_THREADS
                ? "a virtual thread per connection"
                : "a fixed pool of platform threads (" + settings.poolThreads() + ")";
        return """
                Concurrent server listening on http://localhost:%1$d/
                Threads: %2$s; connection cap: %3$d
                API token for /api/... (%4$s): %5$s
                Files for /files/{name}: %6$s
                Try:
                  curl -i http://localhost:%1$d/echo/hello http://localhost:%1$d/user-agent
                  curl -i http://localhost:%1$d/data -H 'Content-Type: application/json' -d '{"title":"Buy milk"}'
                Press Ctrl-C to stop.""".formatted(
                port, threads, settings.connectionLimits().maxConnections(),
                token.generated() ? "generated; choose one with --token" : "given", token.value(),
                directory.map(Path::toString).orElse("none (start with --directory DIR)"));
    }
}
