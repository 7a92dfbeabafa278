package httpfromscratch.http;

import httpfromscratch.socket.ConnectionHandler;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;

/**
 * Speaks HTTP on one connection: read a request, ask the {@link Handler} for a response, write it,
 * close. One request per connection ({@code Connection: close}); step 7 keeps connections open.
 *
 * <p>This is where protocol errors become responses: the parser throws, we answer with the status
 * it chose, and the handler never sees the bad request.
 */
public final class HttpConnectionHandler implements ConnectionHandler {

    private final Handler handler;
    private final RequestParser parser;
    private final ErrorResponder errors;

    public HttpConnectionHandler(Handler handler) {
        this(handler, Limits.DEFAULTS, ErrorResponder.PLAIN_TEXT);
    }

    public HttpConnectionHandler(Handler handler, Limits limits, ErrorResponder errors) {
        this.handler = handler;
        this.parser = new RequestParser(limits);
        this.errors = errors;
    }

    @Override
    public void handle(Socket connection) throws IOException {
        // A client that connects and says nothing must not hold the server forever.
        connection.setSoTimeout((int) parser.limits().headerTimeout().toMillis());
        InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = new BufferedOutputStream(connection.getOutputStream());

        HttpResponse response;
        boolean includeBody = true;
        boolean requestFullyRead = false;
        try {
            Optional<HttpRequest> request = parser.parse(in, out);
            if (request.isEmpty()) {
                return; // the client connected and closed without a request: nothing to answer
            }
            requestFullyRead = true;
            includeBody = !request.get().method().equals("HEAD");
            response = respond(handler, request.get(), errors);
        } catch (HttpException e) {
            response = errors.respond(e);
        } catch (SocketTimeoutException e) {
            response = errors.respond(new HttpException(Status.REQUEST_TIMEOUT, "request not received in time"));
        }
        ResponseWriter.write(response.withHeader("Connection", "close"), out, includeBody);
        if (!requestFullyRead) {
            LingeringClose.drain(connection, in);
        }
    }

    /**
     * Calls the handler and makes sure a response comes out: an {@link HttpException} it throws
     * becomes its status, anything else a 500 whose details stay in the log, not in the response.
     */
    public static HttpResponse respond(Handler handler, HttpRequest request, ErrorResponder errors) {
        try {
            return handler.handle(request);
        } catch (HttpException e) {
            return errors.respond(e);
        } catch (IOException | RuntimeException e) {
            System.err.println("handler failed on " + request.method() + " " + request.target() + ": " + e);
            return errors.respond(new HttpException(Status.INTERNAL_SERVER_ERROR, "internal server error", false));
        }
    }
}
