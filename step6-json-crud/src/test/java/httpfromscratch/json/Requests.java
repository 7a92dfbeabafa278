package httpfromscratch.json;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Requests as a test writes them: {@code Requests.json("POST", "/data", "{\"a\":1}")}. */
final class Requests {

    private Requests() {
    }

    static HttpRequest get(String target) {
        return HttpRequest.of("GET", target);
    }

    static HttpRequest delete(String target) {
        return HttpRequest.of("DELETE", target);
    }

    /** A request with a body and {@code Content-Type: application/json}. */
    static HttpRequest json(String method, String target, String body) {
        return withContentType(method, target, "application/json", body);
    }

    static HttpRequest withContentType(String method, String target, String contentType, String body) {
        return HttpRequest.of(method, target, Headers.of("Host", "localhost", "Content-Type", contentType), bytes(body));
    }

    /** A request with a body and no {@code Content-Type} at all. */
    static HttpRequest withoutContentType(String method, String target, String body) {
        return HttpRequest.of(method, target, Headers.of("Host", "localhost"), bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
