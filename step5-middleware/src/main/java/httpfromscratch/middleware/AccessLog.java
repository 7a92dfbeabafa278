package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One line per request, written when the response is ready:
 *
 * <pre>
 * 4bf92f3577b34da6 GET /api/data 200 485 bytes 0.8 ms
 * </pre>
 *
 * <p>Request id, method, request-target, status, body length and how long the layers inside took
 * to produce the response. The duration stops when the handler returns: a file that streams from
 * disk is sent after that, so its sending time is not counted.
 *
 * <p>The lines go to a {@code Consumer<String>}: {@code System.out::println} in {@code main}, a
 * list in the tests.
 */
public final class AccessLog implements Middleware {

    private final Consumer<String> log;
    private final LongSupplier nanoTime;

    public AccessLog(Consumer<String> log) {
        this(log, System::nanoTime);
    }

    /** Tests pass a clock they move by hand. */
    AccessLog(Consumer<String> log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    private HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        long start = nanoTime.getAsLong();
        HttpResponse response = next.handle(request);
        log.accept(line(request, response, nanoTime.getAsLong() - start));
        return response;
    }

    /**
     * Plain concatenation: {@code String.format} parses its pattern anew for every line, and took a
     * tenth of a busy server's time.
     */
    static String line(HttpRequest request, HttpResponse response, long nanos) {
        return RequestIds.of(request) + " " + request.method() + " " + request.target() + " "
                + response.status() + " " + response.body().length() + " bytes " + millis(nanos) + " ms";
    }

    /**
     * Milliseconds with one decimal, rounded: 2,450,000 ns is {@code 2.5}. Counted in whole tenths,
     * so the point is a point on every machine ({@code String.format} in a German locale writes 2,5).
     */
    static String millis(long nanos) {
        long tenths = Math.round(nanos / 100_000.0);
        return tenths / 10 + "." + tenths % 10;
    }
}
