package httpfromscratch.tester;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Step 5: what middleware does that a client can see. The protected path ({@code --protected},
 * {@code /api/data} in this course), its token ({@code --token}) and the one allowed origin
 * ({@code --origin}) are this course's choices, given as options.
 */
final class MiddlewareStages {

    static final List<Stage> ALL = List.of(
            new Stage("5.1", "CORS preflight",
                    "An OPTIONS preflight from the allowed origin gets 2xx with Access-Control-Allow-Origin and -Methods,"
                            + " without a token; one from another origin gets no Access-Control-Allow-Origin.",
                    "docs/05-middleware.md#cors-which-web-sites-may-call-us", MiddlewareStages::preflight),
            new Stage("5.2", "bearer token",
                    "The protected path without a token, or with a wrong one, gets 401 and WWW-Authenticate: Bearer;"
                            + " with the right one, 200.",
                    "docs/05-middleware.md#bearer-tokens", MiddlewareStages::bearer),
            new Stage("5.3", "gzip",
                    "With Accept-Encoding: gzip, the protected path's body comes gzipped, says Content-Encoding: gzip"
                            + " and Vary: Accept-Encoding, and unzips to the plain body.",
                    "docs/05-middleware.md#compression", MiddlewareStages::gzip));

    private MiddlewareStages() {
    }

    static void preflight(Probe probe) {
        String path = probe.options().protectedPath();
        String origin = probe.options().origin();
        Exchange allowed = probe.exchange(probe.request("OPTIONS", path, "Origin: " + origin,
                "Access-Control-Request-Method: GET", "Access-Control-Request-Headers: authorization"), "OPTIONS");
        Expect.statusIn(allowed, 200, 299, "a 2xx (this course sends 204 No Content)",
                "answer the preflight before the token check: a browser never sends a token with it");
        Expect.headerEquals(allowed, "Access-Control-Allow-Origin", origin,
                "name the allowed origin, exactly as the request's Origin spelt it");
        Expect.headerLists(allowed, "Access-Control-Allow-Methods", "GET", "list the methods a page may use");
        String stranger = "https://" + probe.word() + ".example";
        Exchange refused = probe.exchange(probe.request("OPTIONS", path, "Origin: " + stranger,
                "Access-Control-Request-Method: GET"), "OPTIONS");
        Expect.noHeader(refused, "Access-Control-Allow-Origin", stranger + " is not allowed",
                "only the configured origin gets the header; never echo any Origin back");
    }

    static void bearer(Probe probe) {
        String path = probe.options().protectedPath();
        Exchange none = probe.get(path);
        Expect.status(none, 401, "guard the protected path: no Authorization header is 401 Unauthorized");
        Expect.headerStartsWith(none, "WWW-Authenticate", "Bearer", "a 401 says how to authenticate: WWW-Authenticate: Bearer");
        Exchange wrong = probe.get(path, "Authorization: Bearer " + probe.word());
        Expect.status(wrong, 401, "compare the whole token with the one the server was given");
        Expect.headerStartsWith(wrong, "WWW-Authenticate", "Bearer", "a 401 says how to authenticate: WWW-Authenticate: Bearer");
        Exchange right = probe.get(path, "Authorization: Bearer " + probe.options().token());
        Expect.status(right, 200, "the right token passes (is --token the one your server was started with?)");
    }

    static void gzip(Probe probe) throws IOException {
        String path = probe.options().protectedPath();
        String authorization = "Authorization: Bearer " + probe.options().token();
        Exchange plain = probe.get(path, authorization);
        Expect.status(plain, 200, "the right token passes (is --token the one your server was started with?)");
        Exchange zipped = probe.get(path, authorization, "Accept-Encoding: gzip");
        Expect.headerEquals(zipped, "Content-Encoding", "gzip", "the client accepts gzip and the body is worth compressing:"
                + " compress it (java.util.zip.GZIPOutputStream) and say so");
        Expect.headerLists(zipped, "Vary", "Accept-Encoding", "a cache must know the body depends on Accept-Encoding");
        byte[] unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.reply().body()))) {
            unzipped = in.readAllBytes();
        } catch (IOException e) {
            throw Expect.failure("the body is not gzip: " + e.getMessage(), "a gzip stream, starting \\x1F\\x8B",
                    "close (finish) the GZIPOutputStream before taking its bytes, and set Content-Length to their count",
                    zipped, zipped.bodyStart());
        }
        if (!Arrays.equals(unzipped, plain.reply().body())) {
            throw Expect.failure("the gzipped body unzips to " + unzipped.length + " bytes that are not the plain body's "
                    + plain.reply().body().length, "the plain body, compressed", "gzip the same body you would send plain",
                    zipped, -1);
        }
    }
}
