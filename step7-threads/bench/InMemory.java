import httpfromscratch.concurrency.Main;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.RequestParser;
import httpfromscratch.http.ResponseWriter;
import httpfromscratch.http.Status;
import httpfromscratch.middleware.MiddlewareStack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The HTTP work of one request with no socket at all: parse wrk's {@code GET /} from a byte array,
 * call the handler, write the response into nothing. What is left of a server's CPU time per
 * request, once this is taken away, is the cost of the connection: system calls, and parking and
 * waking the thread that waits for the next request. Run by {@code bench/run.sh inmemory}:
 * {@code java -cp <bench and step 7's classes> InMemory}.
 */
public final class InMemory {

    private static final byte[] REQUEST =
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:9870\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int REQUESTS_PER_ROUND = 200_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 15;

    public static void main(String[] args) throws IOException {
        measure("HelloStep7's handler", request -> HttpResponse.text(Status.OK, "Hello, World!"));
        measure("the full Main (middleware, router; no log output)", Main.app(MiddlewareStack.Config.demo("token"), Optional.empty(), line -> { }));
    }

    /** The fastest round after the warm-up (the one least disturbed by anything else), and the bytes allocated. */
    private static void measure(String name, Handler handler) throws IOException {
        RequestParser parser = new RequestParser();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double fastestNanos = Double.MAX_VALUE;
        long bytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
                HttpRequest request = parser.parse(new ByteArrayInputStream(REQUEST)).orElseThrow();
                ResponseWriter.write(handler.handle(request), OutputStream.nullOutputStream(), true);
            }
            double nanos = (System.nanoTime() - start) / (double) REQUESTS_PER_ROUND;
            bytes = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / REQUESTS_PER_ROUND;
            if (round >= WARM_UP_ROUNDS) {
                fastestNanos = Math.min(fastestNanos, nanos);
            }
        }
        System.out.printf("%s: %.1f µs and %,d bytes allocated per request%n", name, fastestNanos / 1000, bytes);
    }
}
