package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-Origin Resource Sharing (the Fetch standard): which other web sites' scripts may read our
 * responses.
 *
 * <p>A browser running a page from {@code http://localhost:3000} sends {@code Origin:
 * http://localhost:3000} with its requests to us. If the origin is one we allow, we answer with
 * {@code Access-Control-Allow-Origin: http://localhost:3000} and the browser lets the page read
 * the response; otherwise we add nothing and the browser hides it. The server does not block
 * anything: it says whom it trusts, and the browser enforces it.
 *
 * <p>Before a request a plain HTML form could not send (a PUT, an {@code Authorization} header,
 * a JSON body), the browser first asks permission with a <em>preflight</em>: {@code OPTIONS}
 * with {@code Access-Control-Request-Method}. We answer it here, 204 No Content, without calling
 * the handler. For an origin we do not allow the 204 carries no permission, and the browser never
 * sends the real request.
 */
public final class Cors implements Middleware {

    public static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE");

    /** Request headers a page may send beyond the few every form can: the token, a JSON body, an id. */
    public static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", RequestIds.HEADER);

    /** How long a browser may reuse a preflight answer before asking again. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final Set<String> allowedOrigins;

    /** Origins are compared exactly, as browsers send them: {@code http://localhost:3000}, no trailing slash. */
    public Cors(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    private HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        Optional<String> origin = allowedOrigin(request);
        HttpResponse response = isPreflight(request)
                ? preflight(origin) // answered here: the handler never sees a preflight
                : allowOrigin(next.handle(request), origin);
        // The answer depends on Origin even when we added nothing, so a cache must not reuse it
        // for another origin.
        return Vary.add(response, "Origin");
    }

    /** The request's {@code Origin}, if it is one we allow. */
    Optional<String> allowedOrigin(HttpRequest request) {
        return request.header("Origin").filter(allowedOrigins::contains);
    }

    /** A browser asking "may I?": {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}. */
    static boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS")
                && request.headers().contains("Origin")
                && request.headers().contains("Access-Control-Request-Method");
    }

    // Exercise 5.4
    /** 204 with the permissions for an allowed origin; a bare 204 (no permission) for any other. */
    static HttpResponse preflight(Optional<String> origin) {
        HttpResponse response = HttpResponse.empty(Status.NO_CONTENT);
        if (origin.isEmpty()) {
            return response;
        }
        return response.withHeader(ALLOW_ORIGIN, origin.get())
                .withHeader("Access-Control-Allow-Methods", String.join(", ", ALLOWED_METHODS))
                .withHeader("Access-Control-Allow-Headers", String.join(", ", ALLOWED_HEADERS))
                .withHeader("Access-Control-Max-Age", String.valueOf(MAX_AGE.toSeconds()));
    }

    /** Names the origin back to the browser, which then lets that page read the response. */
    static HttpResponse allowOrigin(HttpResponse response, Optional<String> origin) {
        return origin.map(allowed -> response.withHeader(ALLOW_ORIGIN, allowed)).orElse(response);
    }
}
