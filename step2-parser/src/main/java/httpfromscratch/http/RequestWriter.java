package httpfromscratch.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a request in HTTP/1.1 wire format (RFC 9112 §3): the mirror of {@link ResponseWriter}.
 *
 * <pre>
 * POST /data HTTP/1.1\r\n
 * Host: localhost:8080\r\n
 * Content-Type: application/json\r\n
 * Content-Length: 11\r\n
 * \r\n
 * {"a":"b"}
 * </pre>
 */
public final class RequestWriter {

    /** Methods whose body means something: RFC 9110 §8.6 asks for a Content-Length even when it is 0. */
    private static final Set<String> METHODS_WITH_CONTENT = Set.of("POST", "PUT", "PATCH");

    private RequestWriter() {
    }

    /** Writes {@code request} and flushes; {@code host} goes into a Host header when the request has none. */
    public static void write(ClientRequest request, String host, OutputStream out) throws IOException {
        out.write(head(request, host).getBytes(StandardCharsets.ISO_8859_1));
        out.write(request.body());
        out.flush();
    }

    /** The request line and header lines, ending with the empty line. */
    static String head(ClientRequest request, String host) {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(request.target()).append(' ')
                .append(request.version()).append("\r\n");
        for (Headers.Field field : framed(request, host).fields()) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /**
     * The request's headers plus the two a request needs: Host, which HTTP/1.1 requires (RFC 9112
     * §3.2), and Content-Length, the only way a server learns where the body ends (unless the caller
     * chose {@code Transfer-Encoding} itself and frames the body).
     */
    static Headers framed(ClientRequest request, String host) {
        Headers headers = request.headers();
        if (!headers.contains("Host")) {
            headers = prepend(headers, "Host", host);
        }
        int length = request.body().length;
        boolean framedByCaller = headers.contains("Content-Length") || headers.contains("Transfer-Encoding");
        if (!framedByCaller && (length > 0 || METHODS_WITH_CONTENT.contains(request.method()))) {
            headers = headers.with("Content-Length", Integer.toString(length));
        }
        return headers;
    }

    /** Host goes first, as curl and browsers send it: it names the site the rest is about. */
    private static Headers prepend(Headers headers, String name, String value) {
        List<Headers.Field> fields = new ArrayList<>();
        fields.add(new Headers.Field(name, value));
        fields.addAll(headers.fields());
        return Headers.of(fields);
    }
}
