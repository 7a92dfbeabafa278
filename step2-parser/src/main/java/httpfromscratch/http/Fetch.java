package httpfromscratch.http;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;

/**
 * A tiny curl made of this step's client: fetches one URL and prints the whole exchange, the
 * request with {@code >} and the response head with {@code <}, then the body.
 *
 * <pre>
 * java -cp step2-parser/target/classes httpfromscratch.http.Fetch http://localhost:8080/hello [METHOD]
 * </pre>
 */
public final class Fetch {

    private Fetch() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Fetch http://host:port/path [METHOD]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            System.err.println("expected an http:// URL with a host, got " + args[0]);
            System.exit(2);
        }
        String method = args.length == 2 ? args[1] : "GET";
        ClientRequest request = ClientRequest.of(method, target(url)).withHeader("Connection", "close");
        int port = url.getPort() == -1 ? 80 : url.getPort();
        try (ClientConnection connection = ClientConnection.connect(url.getHost(), port)) {
            print(">", RequestWriter.head(request, url.getHost() + ":" + port), System.out);
            ClientResponse response = connection.exchange(request);
            print("<", head(response), System.out);
            System.out.write(response.body());
            System.out.flush();
        } catch (BadResponseException e) {
            System.err.println("bad response: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The request-target as typed: the path (or {@code /}) and the query, still percent-encoded. */
    static String target(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The response's status line and header lines, as they came, ending with the empty line. */
    static String head(ClientResponse response) {
        StringBuilder head = new StringBuilder();
        head.append(response.version()).append(' ').append(response.status()).append(' ')
                .append(response.reason()).append("\r\n");
        for (Headers.Field field : response.headers().fields()) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** Each line of a head with a marker before it, as {@code curl -v} shows them; {@code >} alone is the empty line. */
    private static void print(String marker, String head, PrintStream out) {
        String withoutLastCrLf = head.substring(0, head.length() - 2);
        for (String line : withoutLastCrLf.split("\r\n", -1)) {
            out.println(line.isEmpty() ? marker : marker + " " + line);
        }
        out.flush();
    }
}
