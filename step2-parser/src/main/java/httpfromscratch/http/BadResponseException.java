package httpfromscratch.http;

import java.io.IOException;

/**
 * A response the client refuses: malformed, or beyond one of its limits. The message says what
 * was expected, such as "expected a status code of three digits, got '2OO'".
 *
 * <p>It is an {@link IOException} because the conversation failed the way a broken connection
 * fails: the caller cannot answer it, only report it and close the connection, since after a bad
 * response nobody knows where the next one would start. Compare {@link HttpException}, which a
 * server turns into a status for its client.
 */
public class BadResponseException extends IOException {

    public BadResponseException(String message) {
        super(message);
    }
}
