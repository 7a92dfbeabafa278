package httpfromscratch.json;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.middleware.Middleware;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's one error shape, the one step 3's {@code JsonErrors} started, with one optional member
 * more:
 *
 * <pre>
 * {"error":"Unprocessable Content","message":"invalid fields: name, email","path":"/users",
 *  "fields":{"name":"is required and must not be blank","email":"must be an email address like ada@example.com"}}
 * </pre>
 *
 * <p>{@code error} is the status's reason phrase, {@code message} says what went wrong,
 * {@code path} is the path the client asked for, and {@code fields}, only when the body had bad
 * fields, says what is wrong with each.
 *
 * <p>As a middleware it answers the {@link ApiException}s the resources throw. It sits inside
 * step 5's error handling, which answers every other exception in the same shape without
 * {@code fields}.
 */
public final class ApiErrors implements Middleware {

    @Override
    public Handler wrap(Handler next) {
        return request -> handle(request, next);
    }

    private static HttpResponse handle(HttpRequest request, Handler next) throws IOException {
        try {
            return next.handle(request);
        } catch (ApiException e) {
            return response(e, request.path());
        }
    }

    /** The response for an error thrown while answering a request for {@code path}. */
    public static HttpResponse response(ApiException error, String path) {
        HttpResponse response = response(error.status(), error.getMessage(), path, error.fields());
        if (error.status() == Status.UNSUPPORTED_MEDIA_TYPE) {
            // Say what we would have taken (RFC 9110 §15.5.16).
            response = response.withHeader("Accept-Post", Json.MEDIA_TYPE);
        }
        return response;
    }

    /** {@code path} may be null (a protocol error has no request yet); {@code fields} may be empty. */
    public static HttpResponse response(int status, String message, String path, Map<String, String> fields) {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.put("error", Status.reasonPhrase(status));
        error.put("message", message);
        if (path != null) {
            error.put("path", path);
        }
        if (!fields.isEmpty()) {
            error.set("fields", Json.MAPPER.valueToTree(fields));
        }
        return Json.response(status, error);
    }
}
