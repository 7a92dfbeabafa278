package httpfromscratch.http;

import java.nio.charset.StandardCharsets;

/**
 * A response: status, header fields and body. The {@link ResponseWriter} adds what every response
 * needs on the wire ({@code Date}, {@code Content-Length}); a handler only says what is particular
 * to its answer.
 */
public record HttpResponse(int status, Headers headers, Body body) {

    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json";

    /** {@code HttpResponse.text(200, "hi")}: a UTF-8 plain-text response. */
    public static HttpResponse text(int status, String text) {
        return of(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse html(int status, String html) {
        return of(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response whose body is already JSON text. Step 6 writes JSON from objects with Jackson. */
    public static HttpResponse json(int status, String json) {
        return of(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse of(int status, String contentType, byte[] body) {
        return new HttpResponse(status, Headers.of("Content-Type", contentType), Body.of(body));
    }

    /** A response with no body at all, such as 204 No Content or 304 Not Modified. */
    public static HttpResponse empty(int status) {
        return new HttpResponse(status, Headers.empty(), Body.EMPTY);
    }

    public HttpResponse withHeader(String name, String value) {
        return new HttpResponse(status, headers.replace(name, value), body);
    }

    public HttpResponse withHeaders(Headers newHeaders) {
        return new HttpResponse(status, newHeaders, body);
    }

    public HttpResponse withBody(Body newBody) {
        return new HttpResponse(status, headers, newBody);
    }

    /** The body as UTF-8 text: convenient in tests. */
    public String bodyText() {
        return new String(body.toByteArray(), StandardCharsets.UTF_8);
    }
}
