package httpfromscratch.http;

/**
 * Turns a protocol error into the response the client sees. Step 2 answers in plain text; step 6
 * plugs in JSON so every error of its API has the same shape.
 */
@FunctionalInterface
public interface ErrorResponder {

    /** "400 Bad Request" plus one line that says what was wrong. */
    ErrorResponder PLAIN_TEXT = error -> HttpResponse.text(error.status(), error.getMessage() + "\n");

    HttpResponse respond(HttpException error);
}
