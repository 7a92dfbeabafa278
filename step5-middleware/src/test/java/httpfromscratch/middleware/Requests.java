package httpfromscratch.middleware;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/** Requests as a test writes them: {@code request("GET", "/api/data", "Authorization", "Bearer x")}. */
final class Requests {

    private Requests() {
    }

    /** A request with {@code Host: localhost} and the given header names and values. */
    static HttpRequest request(String method, String target, String... namesAndValues) {
        List<String> headers = new ArrayList<>(List.of("Host", "localhost"));
        headers.addAll(List.of(namesAndValues));
        return HttpRequest.of(method, target, Headers.of(headers.toArray(String[]::new)), new byte[0]);
    }

    static HttpRequest get(String target, String... namesAndValues) {
        return request("GET", target, namesAndValues);
    }
}
