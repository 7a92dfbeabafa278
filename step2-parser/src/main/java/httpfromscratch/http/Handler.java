package httpfromscratch.http;

import java.io.IOException;

/**
 * The application side of HTTP: a function from a request to a response. A router is a handler,
 * a static file server is a handler, and a lambda is a handler, so a handler can be tested by
 * calling it, without a socket.
 */
@FunctionalInterface
public interface Handler {

    HttpResponse handle(HttpRequest request) throws IOException;
}
