package httpfromscratch.routing;

import httpfromscratch.http.Handler;

/** "Send {@code GET /user/{name}} to this handler." */
public record Route(String method, PathPattern pattern, Handler handler) {
}
