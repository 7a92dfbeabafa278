package httpfromscratch.http;

import httpfromscratch.socket.Launcher;
import httpfromscratch.socket.ServerOptions;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;

/** Step 2: a request inspector. {@code ./mvnw -pl step2-parser exec:java}, then curl it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        TcpServer server = TcpServer.bind(options.port(), new HttpConnectionHandler(new InspectorHandler()));
        Launcher.serveUntilStopped(server, """
                Request inspector listening on http://{address}/
                Try: curl -i 'http://{address}/hello?name=world'""");
    }
}
