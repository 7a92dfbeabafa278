package httpfromscratch.middleware;

import httpfromscratch.http.Body;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses response bodies with gzip when the client accepts it: text shrinks to a third or
 * less, so pages and JSON arrive sooner.
 *
 * <p>A response is compressed when all of these hold:
 * <ul>
 *   <li>the client's {@code Accept-Encoding} gives gzip a weight above 0;
 *   <li>it has a body: not 204 or 304, and not already encoded ({@code Content-Encoding} set);
 *   <li>its type is text-like: {@code text/*}, JSON, JavaScript, XML, SVG. PNG, JPEG, zip and the
 *       like are compressed already, and gzip would only make them slightly bigger;
 *   <li>its body is between {@link #MINIMUM_SIZE} (unless told otherwise) and {@link #MAXIMUM_SIZE} bytes.
 * </ul>
 *
 * <p><strong>A shortcut, on purpose:</strong> we compress the whole body in memory, because
 * {@code Content-Length} goes out before the body and we must know the compressed length first.
 * A real server streams instead, sending the body in chunks ({@code Transfer-Encoding: chunked})
 * whose sizes it learns as it goes; {@link #MAXIMUM_SIZE} bounds what our shortcut can cost.
 *
 * <p>{@code HEAD} is compressed like {@code GET}: a HEAD response carries the headers the GET would
 * carry, {@code Content-Encoding} and the compressed {@code Content-Length} included, and the
 * response writer leaves the body out. That costs one compression for nothing, and keeps the two
 * consistent.
 */
public final class Compression implements Middleware {

    /** Below this, gzip's 18 bytes of header and trailer eat most of what it saves. */
    public static final int MINIMUM_SIZE = 256;

    /** Above this we send the body as it is, rather than hold a compressed copy in memory. */
    public static final int MAXIMUM_SIZE = 1024 * 1024;

    /** Types that are text underneath, besides {@code text/*}. */
    static final Set<String> COMPRESSIBLE_TYPES =
            Set.of("application/json", "application/javascript", "application/xml", "image/svg+xml");

    private final int minimumSize;

    public Compression() {
        this(MINIMUM_SIZE);
    }

    /**
     * For clients that expect gzip even where it does not pay: step 7 passes 0 for the CodeCrafters
     * challenge, whose tester wants {@code /echo/abc} compressed.
     */
    public Compression(int minimumSize) {
        this.minimumSize = minimumSize;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    private HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        HttpResponse response = next.handle(request);
        if (!isWorthCompressing(response, minimumSize)) {
            return response;
        }
        // From here the bytes we send depend on Accept-Encoding, whichever way we decide: say so
        // to caches, also when this client gets the body as it is.
        HttpResponse varied = Vary.add(response, "Accept-Encoding");
        if (!AcceptEncoding.accepts(request.headers().all("Accept-Encoding"), "gzip")) {
            return varied;
        }
        return gzipped(varied);
    }

    // Exercise 5.6
    /** Everything but the client's wish: a body, of a text-like type, neither too small nor too big. */
    static boolean isWorthCompressing(HttpResponse response, int minimumSize) {
        long length = response.body().length();
        return !Status.forbidsBody(response.status())
                && !response.headers().contains("Content-Encoding")
                && isCompressible(response.headers().first("Content-Type").orElse(""))
                && length >= minimumSize && length <= MAXIMUM_SIZE;
    }

    /** {@code text/html; charset=utf-8} → yes; {@code image/png} → no. Parameters after {@code ;} don't matter. */
    static boolean isCompressible(String contentType) {
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.startsWith("text/") || COMPRESSIBLE_TYPES.contains(mediaType);
    }

    /** The same response with a gzip body, {@code Content-Encoding: gzip}, and its ETag made weak. */
    static HttpResponse gzipped(HttpResponse response) throws IOException {
        HttpResponse compressed = response.withBody(Body.of(gzip(response.body())))
                .withHeader("Content-Encoding", "gzip");
        return compressed.headers().first("ETag")
                .map(etag -> compressed.withHeader("ETag", weak(etag)))
                .orElse(compressed);
    }

    /** Streams the body through the compressor: the uncompressed bytes never need a copy of their own. */
    static byte[] gzip(Body body) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            body.writeTo(gzip);
        }
        return compressed.toByteArray();
    }

    /**
     * A strong ETag promises the very same bytes (RFC 9110 §8.8.1), and gzip bytes are not the
     * file's bytes. A weak ETag ({@code W/"..."}) promises only the same content, which is still
     * true, and {@code If-None-Match} compares weakly, so 304s keep working.
     */
    static String weak(String etag) {
        return etag.startsWith("W/") ? etag : "W/" + etag;
    }
}
