package httpfromscratch.middleware;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Vary} tells caches which request headers the response depends on (RFC 9110 §12.5.5): a
 * cache must not hand a gzipped answer to a client that did not ask for gzip.
 *
 * <p>Several layers add to it (CORS adds {@code Origin}, compression {@code Accept-Encoding}), so
 * a layer merges its name into the list; overwriting would erase the others'.
 */
final class Vary {

    static final String HEADER = "Vary";

    private Vary() {
    }

    /** The response with {@code fieldName} in its {@code Vary} list, added once. */
    static HttpResponse add(HttpResponse response, String fieldName) {
        List<String> names = fieldNames(response.headers());
        if (names.contains("*") || names.stream().anyMatch(fieldName::equalsIgnoreCase)) {
            return response; // "*" already says "depends on anything"
        }
        names.add(fieldName);
        return response.withHeader(HEADER, String.join(", ", names));
    }

    /** Every name in every {@code Vary} field: {@code Vary: Origin} and {@code Vary: A, B} give [Origin, A, B]. */
    static List<String> fieldNames(Headers headers) {
        List<String> names = new ArrayList<>();
        for (String value : headers.all(HEADER)) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}
