package httpfromscratch.routing;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A handler that picks another handler by method and path. Routes are tried in the order they were
 * added; the first whose pattern and method match wins.
 *
 * <ul>
 *   <li>No pattern matches the path: 404 Not Found.
 *   <li>A pattern matches but not for this method: 405 Method Not Allowed, with an {@code Allow}
 *       header listing the methods that would work (RFC 9110 §15.5.6).
 *   <li>{@code HEAD} runs the {@code GET} route; the connection drops the body (RFC 9110 §9.3.2).
 * </ul>
 *
 * <p>Add every route before the server starts: the list is not meant to change while serving.
 */
public final class Router implements Handler {

    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Handler handler) {
        return route("GET", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return route("POST", pattern, handler);
    }

    public Router put(String pattern, Handler handler) {
        return route("PUT", pattern, handler);
    }

    public Router delete(String pattern, Handler handler) {
        return route("DELETE", pattern, handler);
    }

    public Router route(String method, String pattern, Handler handler) {
        routes.add(new Route(method, PathPattern.parse(pattern), handler));
        return this;
    }

    // Exercise 3.2
    @Override
    public HttpResponse handle(HttpRequest request) throws IOException {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.pattern().match(request.path());
            if (parameters.isEmpty()) {
                continue;
            }
            if (answers(route, request.method())) {
                return route.handler().handle(request.withPathParameters(parameters.get()));
            }
            allowed.addAll(methodsAnswered(route));
        }
        if (allowed.isEmpty()) {
            return JsonErrors.response(Status.NOT_FOUND, "no route for " + request.path(), request.path());
        }
        return JsonErrors.response(Status.METHOD_NOT_ALLOWED, request.method() + " is not allowed here", request.path())
                .withHeader("Allow", String.join(", ", allowed));
    }

    // Exercise 3.3
    /** A GET route also answers HEAD: same headers, and the connection leaves the body out. */
    private static boolean answers(Route route, String method) {
        return route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"));
    }

    private static List<String> methodsAnswered(Route route) {
        return route.method().equals("GET") ? List.of("GET", "HEAD") : List.of(route.method());
    }
}
