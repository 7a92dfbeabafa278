package httpfromscratch.routing;

import httpfromscratch.http.ErrorResponder;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;

/**
 * Error responses as JSON, so a program calling the API can read them:
 * {@code {"error":"Not Found","message":"no route for /nope","path":"/nope"}}.
 *
 * <p>Written by hand, because the only JSON we need here is three strings; step 6 brings Jackson.
 */
public final class JsonErrors {

    /** For the parser's protocol errors, which happen before there is a request (and a path). */
    public static final ErrorResponder RESPONDER = error -> response(error.status(), error.getMessage(), null);

    private JsonErrors() {
    }

    /** {@code path} may be null when the request never got that far. */
    public static HttpResponse response(int status, String message, String path) {
        StringBuilder json = new StringBuilder("{\"error\":").append(quote(Status.reasonPhrase(status)))
                .append(",\"message\":").append(quote(message));
        if (path != null) {
            json.append(",\"path\":").append(quote(path));
        }
        return HttpResponse.json(status, json.append("}\n").toString());
    }

    // Exercise 3.4
    /** A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
