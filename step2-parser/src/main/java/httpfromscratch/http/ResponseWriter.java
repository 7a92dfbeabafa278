package httpfromscratch.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a response in HTTP/1.1 wire format (RFC 9112 §4 and §6):
 *
 * <pre>
 * HTTP/1.1 200 OK\r\n
 * Content-Type: text/plain; charset=utf-8\r\n
 * Content-Length: 5\r\n
 * Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n
 * \r\n
 * hello
 * </pre>
 *
 * <p>The writer owns the framing: it sets Content-Length from the body itself (in bytes, never
 * characters), so a handler cannot get it wrong, and it adds Date when the handler did not.
 */
public final class ResponseWriter {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private ResponseWriter() {
    }

    /**
     * Writes {@code response} and flushes. With {@code includeBody} false (a HEAD request) the
     * headers are exactly those of the GET, Content-Length included, but no body follows.
     */
    public static void write(HttpResponse response, OutputStream out, boolean includeBody) throws IOException {
        out.write(head(response).getBytes(StandardCharsets.ISO_8859_1));
        if (includeBody && !Status.forbidsBody(response.status())) {
            response.body().writeTo(out);
        }
        out.flush();
    }

    /** The status line and header lines, ending with the empty line. */
    static String head(HttpResponse response) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(response.status()).append(' ')
                .append(Status.reasonPhrase(response.status())).append("\r\n");
        for (Headers.Field field : framed(response).fields()) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    // Exercise 2.6
    /** The response's headers plus the ones every response needs; a handler's own Content-Length is replaced. */
    static Headers framed(HttpResponse response) {
        Headers headers = response.headers().without("Content-Length");
        long length = response.body().length();
        if (length > 0 && !headers.contains("Content-Type")) {
            headers = headers.with("Content-Type", "application/octet-stream"); // "some bytes", RFC 9110 §8.3
        }
        if (!Status.forbidsBody(response.status())) {
            headers = headers.with("Content-Length", Long.toString(length));
        }
        if (!headers.contains("Date")) {
            headers = headers.with("Date", HttpDate.now());
        }
        return headers;
    }

    /**
     * The interim response that tells a client waiting with {@code Expect: 100-continue} to send its
     * body (RFC 9110 §15.2.1). Not the answer: the final response follows once the request is read.
     */
    public static void writeContinue(OutputStream out) throws IOException {
        out.write(CONTINUE);
        out.flush();
    }
}
