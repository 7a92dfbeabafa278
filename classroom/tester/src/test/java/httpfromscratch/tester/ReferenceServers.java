package httpfromscratch.tester;

import httpfromscratch.concurrency.ConcurrentServer;
import httpfromscratch.concurrency.ConcurrentStore;
import httpfromscratch.concurrency.ServerSettings;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.InspectorHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.json.CrudApp;
import httpfromscratch.json.MemoryStore;
import httpfromscratch.middleware.ApiRoutes;
import httpfromscratch.middleware.MiddlewareStack;
import httpfromscratch.routing.DemoRoutes;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.ConnectionHandler;
import httpfromscratch.socket.EchoHandler;
import httpfromscratch.socket.HelloWorldHandler;
import httpfromscratch.socket.TcpServer;
import httpfromscratch.staticfiles.DemoSite;
import httpfromscratch.staticfiles.StaticRoutes;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The reference steps' servers, wired as their {@code main}s wire them, started in this JVM on
 * port 0. Step 7's deadline for a request is short here, so that its stage takes a second, not ten.
 */
final class ReferenceServers {

    static final String TOKEN = "secret";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    /** A running server; closing it stops it. */
    interface Running extends AutoCloseable {
        int port();

        @Override
        void close() throws IOException;
    }

    private ReferenceServers() {
    }

    private static Running running(int port, Closeable server) {
        return new Running() {
            @Override
            public int port() {
                return port;
            }

            @Override
            public void close() throws IOException {
                server.close();
            }
        };
    }

    static Path site() throws IOException {
        return DemoSite.directory();
    }

    static Running step(int step) throws IOException {
        return switch (step) {
            case 1 -> tcp(new HelloWorldHandler());
            case 2 -> tcp(new HttpConnectionHandler(new InspectorHandler()));
            case 3 -> http(DemoRoutes.create());
            case 4 -> http(StaticRoutes.create(site()));
            case 5 -> http(MiddlewareStack.standard(MiddlewareStack.Config.demo(TOKEN), line -> { }).wrap(ApiRoutes.create(site())));
            case 6 -> http(CrudApp.app(CrudApp.routes(site(), new MemoryStore<>(), new MemoryStore<>()), TOKEN, line -> { }));
            case 7 -> concurrent(ServerSettings.DEFAULTS);
            default -> throw new IllegalArgumentException("no step " + step);
        };
    }

    static Running echo() throws IOException {
        return tcp(new EchoHandler());
    }

    /** Step 7's application on a server with these settings, and the short request deadline, or this one. */
    static Running concurrent(ServerSettings settings) throws IOException {
        return concurrent(settings, REQUEST_TIMEOUT);
    }

    static Running concurrent(ServerSettings settings, Duration requestTimeout) throws IOException {
        Handler app = CrudApp.app(CrudApp.routes(site(), new ConcurrentStore<>(), new ConcurrentStore<>()), TOKEN, line -> { });
        ConcurrentServer server = ConcurrentServer.bind(0, app,
                settings.withConnectionLimits(settings.connectionLimits().withRequestTimeout(requestTimeout))).start();
        return running(server.port(), server::close);
    }

    /** A handler behind step 3's connection code, JSON errors and all, as steps 3 to 6 serve. */
    static Running http(Handler handler) throws IOException {
        return tcp(new HttpConnectionHandler(handler, Limits.DEFAULTS, JsonErrors.RESPONDER));
    }

    static Running tcp(ConnectionHandler handler) throws IOException {
        TcpServer server = TcpServer.bind(0, handler).start();
        return running(server.port(), server::close);
    }

    /** The tester's options for a server of this class on {@code port}: the defaults, the demo site, a fixed seed. */
    static Options options(int step, int port) throws IOException {
        return Options.defaults(step, port).withStaticDir(site()).withRequestTimeout(REQUEST_TIMEOUT);
    }

}
