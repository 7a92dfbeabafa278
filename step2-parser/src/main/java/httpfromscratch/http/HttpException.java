package httpfromscratch.http;

/**
 * "The peer broke HTTP": a request we cannot or will not handle, with the status that says why.
 *
 * <p>The parser throws it; the connection code turns it into a response. After a parse error we
 * can no longer trust where the next request starts, so by default the connection is closed.
 */
public class HttpException extends RuntimeException {

    private final int status;
    private final boolean closeConnection;

    public HttpException(int status, String message) {
        this(status, message, true);
    }

    public HttpException(int status, String message, boolean closeConnection) {
        // No stack trace: this is an answer for the client, not a bug to hunt down, and recording
        // the stack of a connection thread costs more than parsing a whole request.
        super(message, null, false, false);
        this.status = status;
        this.closeConnection = closeConnection;
    }

    public int status() {
        return status;
    }

    public boolean closeConnection() {
        return closeConnection;
    }
}
