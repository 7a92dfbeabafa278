import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty 12 answering every request with the same "Hello, World!" as HelloStep7, through its own
 * core API (no servlets), with its default thread pool. Run by bench/run.sh:
 * {@code java -cp <bench-others classes and jars> HelloJetty PORT}.
 */
public final class HelloJetty {

    private static final ByteBuffer BODY =
            ByteBuffer.wrap("Hello, World!".getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.remaining());
                response.write(true, BODY.slice(), callback);
                return true;
            }
        });
        server.start();
        System.out.println("Jetty listening on http://localhost:" + connector.getLocalPort() + "/");
        server.join();
    }
}
