package httpfromscratch.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A response as a client received it (RFC 9112 §4): status line, header fields, body.
 *
 * @param version {@code HTTP/1.1}, or whatever HTTP/1.x the server answered with
 * @param status  the status code, 100 to 599
 * @param reason  the reason phrase, possibly empty: only for humans
 * @param headers the header fields, as received
 * @param body    the body bytes, after undoing chunked framing; empty when there is none
 */
public record ClientResponse(String version, int status, String reason, Headers headers, byte[] body) {

    public ClientResponse {
        body = body.clone();
    }

    /** The first value of a header field, whatever the case of its name. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A 1xx response, such as {@code 100 Continue}: a final response is still to come (RFC 9110 §15.2). */
    public boolean isInterim() {
        return status < 200;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientResponse that
                && version.equals(that.version) && status == that.status && reason.equals(that.reason)
                && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(version, status, reason, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return version + " " + status + " " + reason + " " + headers + " (" + body.length + " body bytes)";
    }
}
