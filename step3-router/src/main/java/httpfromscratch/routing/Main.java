package httpfromscratch.routing;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.socket.Launcher;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;

/** Step 3: a router. {@code ./mvnw -pl step3-router exec:java}, then open http://localhost:8080/. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        HttpConnectionHandler http = new HttpConnectionHandler(DemoRoutes.create(), Limits.DEFAULTS, JsonErrors.RESPONDER);
        Launcher.serveUntilStopped(TcpServer.bind(options.port(), http), """
                Router listening on http://{address}/
                Try: curl -i http://{address}/echo?msg=hello""");
    }
}
