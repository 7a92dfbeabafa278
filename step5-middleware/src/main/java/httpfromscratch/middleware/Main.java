package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.routing.Router;
import httpfromscratch.socket.Launcher;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.socket.TcpServer;
import httpfromscratch.staticfiles.DemoSite;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Step 5: step 4's app behind a middleware stack. {@code ./mvnw -pl step5-middleware exec:java},
 * or {@code -Dexec.args="--token secret"} to choose the token {@code /api} asks for, and
 * {@code --allow-origin URL[,URL…]} for the web sites whose scripts may call it (CORS).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        ApiToken token = ApiToken.choose(options, System.getenv());
        MiddlewareStack.Config config = MiddlewareStack.Config.demo(token.value(), options);
        Handler app = app(ApiRoutes.create(DemoSite.directory()), config, System.out::println);
        HttpConnectionHandler http = new HttpConnectionHandler(app, Limits.DEFAULTS, JsonErrors.RESPONDER);
        Launcher.serveUntilStopped(TcpServer.bind(options.port(), http), banner(token));
    }

    /** The routes inside the standard stack, set up for this demo. Access log and stack traces go to {@code log}. */
    static Handler app(Router routes, MiddlewareStack.Config config, Consumer<String> log) {
        return MiddlewareStack.standard(config, log).wrap(routes);
    }

    static String banner(ApiToken token) {
        String where = token.generated()
                ? "generated: pass --token or set " + ApiToken.ENVIRONMENT_VARIABLE + " to choose one"
                : "from --token or " + ApiToken.ENVIRONMENT_VARIABLE;
        return """
                Middleware demo listening on http://{address}/
                API token (%s): %s
                Try: curl -i http://{address}/api/data -H 'Authorization: Bearer %s'
                     curl -i --compressed http://{address}/static/"""
                .formatted(where, token.value(), token.value());
    }
}
