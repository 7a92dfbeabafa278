package httpfromscratch.json;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.middleware.ApiToken;
import httpfromscratch.middleware.MiddlewareStack;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.routing.Router;
import httpfromscratch.socket.Launcher;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.socket.TcpServer;
import httpfromscratch.staticfiles.DemoSite;
import java.io.IOException;

/**
 * Step 6: a JSON API. {@code ./mvnw -pl step6-json-crud exec:java}, then create, read, update and
 * delete items on {@code /data} with curl; {@code --token} chooses the token {@code /api} asks for.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        ApiToken token = ApiToken.choose(options, System.getenv());
        Router routes = CrudApp.routes(DemoSite.directory(), new MemoryStore<>(), new MemoryStore<>());
        Handler app = CrudApp.app(routes, MiddlewareStack.Config.demo(token.value(), options), System.out::println);
        Launcher.serveUntilStopped(TcpServer.bind(options.port(), http(app)), banner(token));
    }

    /** HTTP on each connection, with JSON for the parser's errors too: one error shape, whoever refuses the request. */
    static HttpConnectionHandler http(Handler app) {
        return new HttpConnectionHandler(app, Limits.DEFAULTS, JsonErrors.RESPONDER);
    }

    static String banner(ApiToken token) {
        return """
                JSON API listening on http://{address}/
                API token for /api/... (%s): %s
                Try:
                  curl -i http://{address}/data -H 'Content-Type: application/json' -d '{"title":"Buy milk"}'
                  curl -i http://{address}/data
                  curl -i -X PUT http://{address}/data/1 -H 'Content-Type: application/json' -d '{"title":"Buy oat milk"}'
                  curl -i -X DELETE http://{address}/data/1
                  curl -i http://{address}/users -H 'Content-Type: application/json' -d '{"name":"Ada","email":"ada.example.com"}'"""
                .formatted(token.generated() ? "generated; choose one with --token" : "from --token or " + ApiToken.ENVIRONMENT_VARIABLE,
                        token.value());
    }
}
