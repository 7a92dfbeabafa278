package httpfromscratch.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed request: request line, header fields and body (RFC 9112 §2.1).
 *
 * @param method         {@code GET}, {@code POST}... case-sensitive, as sent
 * @param target         the request-target exactly as sent, such as {@code /echo?msg=hi%21}
 * @param path           the target's path, percent-decoded: {@code /echo}
 * @param query          the target's query parameters, percent-decoded, in order; a name may repeat
 * @param version        {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers        the header fields
 * @param body           the body bytes, empty when there is none
 * @param pathParameters values a router took from the path, such as {@code name} in {@code /user/{name}}
 */
public record HttpRequest(
        String method,
        String target,
        String path,
        Map<String, List<String>> query,
        String version,
        Headers headers,
        byte[] body,
        Map<String, String> pathParameters) {

    public HttpRequest {
        query = RequestTarget.copyOf(query);
        body = body.clone(); // a record is only immutable if nobody else holds its array
        pathParameters = Map.copyOf(pathParameters);
    }

    /** A request as a test or a handler would write it: {@code HttpRequest.of("GET", "/echo?msg=hi")}. */
    public static HttpRequest of(String method, String target) {
        return of(method, target, Headers.of("Host", "localhost"), new byte[0]);
    }

    public static HttpRequest of(String method, String target, Headers headers, byte[] body) {
        RequestTarget parsed = RequestTarget.parse(method, target);
        return new HttpRequest(method, target, parsed.path(), parsed.query(), "HTTP/1.1", headers, body, Map.of());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as text. Callers that care about charsets should check Content-Type first. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public int bodyLength() {
        return body.length;
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The first value of a query parameter: {@code queryParameter("msg")} for {@code ?msg=hello}. */
    public Optional<String> queryParameter(String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    /** A copy carrying the parameters a router matched; the original is left as it was. */
    public HttpRequest withPathParameters(Map<String, String> parameters) {
        return new HttpRequest(method, target, path, query, version, headers, body, parameters);
    }

    /** A copy with different headers (a middleware adding a request id, say). */
    public HttpRequest withHeaders(Headers newHeaders) {
        return new HttpRequest(method, target, path, query, version, newHeaders, body, pathParameters);
    }

    // A record compares arrays by identity; requests compare by content.
    @Override
    public boolean equals(Object other) {
        return other instanceof HttpRequest that
                && method.equals(that.method) && target.equals(that.target) && version.equals(that.version)
                && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body)
                && pathParameters.equals(that.pathParameters);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, target, version, headers, java.util.Arrays.hashCode(body), pathParameters);
    }

    @Override
    public String toString() {
        return method + " " + target + " " + version + " " + headers + " (" + body.length + " body bytes)";
    }
}
