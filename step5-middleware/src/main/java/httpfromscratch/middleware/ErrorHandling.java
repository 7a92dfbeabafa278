package httpfromscratch.middleware;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.JsonErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/**
 * Turns an exception from the layers inside into a response, so a bug answers with a 500 instead
 * of a dropped connection.
 *
 * <ul>
 *   <li>{@link HttpException}: the handler chose a status on purpose ("missing query parameter"),
 *       so the client gets that status and message as JSON.
 *   <li>Anything else is a bug. The client gets a 500 that says nothing about our insides (a stack
 *       trace tells an attacker which libraries and versions we run); the stack trace goes to the
 *       log, under the request id that the response's {@code X-Request-Id} also carries.
 * </ul>
 */
public final class ErrorHandling implements Middleware {

    private final Consumer<String> log;

    public ErrorHandling(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    // Exercise 5.3
    private HttpResponse handle(HttpRequest request, Handler next) {
        try {
            return next.handle(request);
        } catch (HttpException e) {
            return JsonErrors.response(e.status(), e.getMessage(), request.path());
        } catch (IOException | RuntimeException e) {
            log.accept(failure(request, e));
            return JsonErrors.response(Status.INTERNAL_SERVER_ERROR, "internal server error", request.path());
        }
    }

    /** What the log gets: request id, request line, and the whole stack trace. */
    static String failure(HttpRequest request, Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String which = RequestIds.of(request) + " " + request.method() + " " + request.target();
        return which + " failed: " + trace.toString().stripTrailing();
    }
}
