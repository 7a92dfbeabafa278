package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.JsonErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards every path under a prefix ({@code /api}) with a bearer token (RFC 6750): the client
 * sends {@code Authorization: Bearer <token>}, and only the right token reaches the handler.
 *
 * <ul>
 *   <li>No token: 401 with {@code WWW-Authenticate: Bearer}, the challenge that says which scheme
 *       to use (RFC 9110 §11.6.1).
 *   <li>A wrong token: 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750
 *       §3.1).
 * </ul>
 *
 * <p>Paths outside the prefix pass untouched. A CORS preflight never gets here when {@link Cors}
 * sits further out: a browser sends preflights without the token, by design.
 */
public final class BearerAuth implements Middleware {

    static final String SCHEME = "Bearer";

    private final String protectedPrefix;
    private final byte[] token;

    /** A prefix without a trailing slash: {@code /api} guards {@code /api} and {@code /api/...}. */
    public BearerAuth(String protectedPrefix, String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("an empty token would let everybody in");
        }
        this.protectedPrefix = protectedPrefix;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    // Exercise 5.5
    private HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        if (!isProtected(request.path())) {
            return next.handle(request);
        }
        Optional<String> presented = bearerToken(request);
        if (presented.isEmpty()) {
            return unauthorized("this resource needs a bearer token", request, SCHEME);
        }
        if (!isValid(presented.get())) {
            return unauthorized("the bearer token is not valid", request, SCHEME + " error=\"invalid_token\"");
        }
        return next.handle(request);
    }

    /**
     * {@code /api} and everything below it, but not {@code /apiary}. We check the decoded path, the
     * one the router matches, so {@code /%61pi/data} is guarded like {@code /api/data}.
     */
    boolean isProtected(String path) {
        return path.equals(protectedPrefix) || path.startsWith(protectedPrefix + "/");
    }

    /** {@code Authorization: Bearer abc} → {@code abc}. The scheme name is case-insensitive (RFC 9110 §11.1). */
    static Optional<String> bearerToken(HttpRequest request) {
        String credentials = request.header("Authorization").orElse("");
        int space = credentials.indexOf(' ');
        if (space < 0 || !credentials.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return Optional.empty();
        }
        String presented = credentials.substring(space + 1).strip();
        return presented.isEmpty() ? Optional.empty() : Optional.of(presented);
    }

    /**
     * Compares in constant time. {@code String.equals} stops at the first wrong character, so by
     * timing many tries an attacker could learn the token one character at a time.
     * {@code MessageDigest.isEqual} looks at every byte whatever it finds; its time depends only on
     * the length of its first argument, the token the client chose.
     */
    boolean isValid(String presented) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token);
    }

    /** 401 with the JSON error body every error of ours has, plus the challenge. */
    static HttpResponse unauthorized(String message, HttpRequest request, String challenge) {
        return JsonErrors.response(Status.UNAUTHORIZED, message, request.path())
                .withHeader("WWW-Authenticate", challenge);
    }
}
