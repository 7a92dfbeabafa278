package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Gives every request an id, {@code X-Request-Id}, so one request can be followed through the
 * logs, and a user who reports "it failed" can quote the id the response carried.
 *
 * <p>A client (or a proxy in front of us) may send its own id; we keep it if it looks sane and
 * make one up otherwise. The id travels as a request header: the layers inside, the access log
 * among them, read it with {@link #of(HttpRequest)}.
 */
public final class RequestIds implements Middleware {

    public static final String HEADER = "X-Request-Id";

    /** Room for a UUID (36 characters) or a W3C trace id (32); short enough to keep a log line a line. */
    static final int MAX_LENGTH = 64;

    private final Supplier<String> newId;

    public RequestIds() {
        this(RequestIds::randomId);
    }

    /** Tests pass a generator that gives ids they can predict. */
    RequestIds(Supplier<String> newId) {
        this.newId = newId;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    // Exercise 5.2
    private HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        String id = idFor(request);
        HttpResponse response = next.handle(request.withHeaders(request.headers().replace(HEADER, id)));
        return response.withHeader(HEADER, id);
    }

    /** The client's id if it is sane, a new one otherwise. */
    String idFor(HttpRequest request) {
        return request.header(HEADER).filter(RequestIds::isSane).orElseGet(newId);
    }

    /**
     * Letters, digits, {@code -}, {@code _} and {@code .}, at most {@link #MAX_LENGTH} of them. The
     * id ends up in log lines and in other services' headers, so whatever else a client sends is
     * replaced rather than copied there.
     */
    static boolean isSane(String id) {
        return !id.isEmpty() && id.length() <= MAX_LENGTH
                && id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
    }

    /** 16 hex digits from a random long: unique enough to find one request in a day of logs, not a secret. */
    static String randomId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** The id a {@code RequestIds} layer further out gave this request, or {@code -} when there is none. */
    public static String of(HttpRequest request) {
        return request.header(HEADER).orElse("-");
    }
}
