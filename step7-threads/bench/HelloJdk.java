import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The JDK's own HTTP server (com.sun.net.httpserver) answering every request with the same
 * "Hello, World!" as HelloStep7. Run by bench/run.sh:
 * {@code java HelloJdk PORT virtual|POOL_THREADS}.
 */
public final class HelloJdk {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String threads = args.length > 1 ? args[1] : "virtual";
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(threads.equals("virtual")
                ? Executors.newVirtualThreadPerTaskExecutor()
                : Executors.newFixedThreadPool(Integer.parseInt(threads)));
        server.start();
        System.out.println("JDK HttpServer (" + threads + ") listening on http://localhost:"
                + server.getAddress().getPort() + "/");
    }
}
