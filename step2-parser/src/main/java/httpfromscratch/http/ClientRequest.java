package httpfromscratch.http;

import java.nio.charset.StandardCharsets;

/**
 * A request as a client sends it: request line, header fields and body (RFC 9112 §2.1).
 * {@link RequestWriter} turns it into bytes.
 *
 * <p>It is not an {@link HttpRequest}: that record is what a server parsed (a decoded path, query
 * parameters, path parameters); this one is what a client wants to send, the target exactly as
 * written, even one a server should refuse.
 *
 * @param method  {@code GET}, {@code POST}...
 * @param target  the request-target exactly as it goes on the wire, such as {@code /echo?msg=hi}
 * @param version {@code HTTP/1.1}, or {@code HTTP/1.0} to see how a server treats an older client
 * @param headers the header fields to send; {@link RequestWriter} adds Host and Content-Length
 *                when they are missing
 * @param body    the body bytes, empty for none
 */
public record ClientRequest(String method, String target, String version, Headers headers, byte[] body) {

    public ClientRequest {
        body = body.clone();
    }

    /** {@code ClientRequest.of("GET", "/hello")}: HTTP/1.1, no header fields of its own, no body. */
    public static ClientRequest of(String method, String target) {
        return new ClientRequest(method, target, "HTTP/1.1", Headers.empty(), new byte[0]);
    }

    public static ClientRequest get(String target) {
        return of("GET", target);
    }

    /** A copy with one more header field. */
    public ClientRequest withHeader(String name, String value) {
        return new ClientRequest(method, target, version, headers.with(name, value), body);
    }

    public ClientRequest withBody(byte[] newBody) {
        return new ClientRequest(method, target, version, headers, newBody);
    }

    /** A copy with a UTF-8 body of this Content-Type. */
    public ClientRequest withBody(String contentType, String text) {
        return withHeader("Content-Type", contentType).withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    public ClientRequest withVersion(String newVersion) {
        return new ClientRequest(method, target, newVersion, headers, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientRequest that
                && method.equals(that.method) && target.equals(that.target) && version.equals(that.version)
                && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, target, version, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + target + " " + version + " " + headers + " (" + body.length + " body bytes)";
    }
}
