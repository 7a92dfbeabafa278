package httpfromscratch.concurrency;

import httpfromscratch.http.ErrorResponder;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.LingeringClose;
import httpfromscratch.http.RequestParser;
import httpfromscratch.http.ResponseWriter;
import httpfromscratch.http.Status;
import httpfromscratch.socket.ConnectionHandler;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Optional;

/**
 * Speaks HTTP/1.1 on a persistent connection (RFC 9112 §9.3): many requests, one after the other,
 * on one TCP connection. Step 2's {@code HttpConnectionHandler} answers one request and closes;
 * this one loops, and reuses step 2's parser, writer and error handling for each request.
 */
final class PersistentConnectionHandler implements ConnectionHandler {

    /**
     * One request and our answer: what to write, and whether the connection may go on after it.
     * {@code requestUnread} marks the answer to a request we could not read to its end.
     */
    private record Exchange(HttpResponse response, String version, boolean includeBody, boolean keepOpen,
            boolean requestUnread) {

        /** After a request we could not read, we can no longer tell where the next one would start. */
        static Exchange unreadable(HttpResponse response) {
            return new Exchange(response, "HTTP/1.1", true, false, true);
        }
    }

    private final Handler handler;
    private final RequestParser parser;
    private final ErrorResponder errors;
    private final ConnectionLimits limits;
    private final OpenConnections connections;
    private final BodyBudget budget;

    PersistentConnectionHandler(Handler handler, ServerSettings settings, OpenConnections connections, BodyBudget budget) {
        this.handler = handler;
        this.parser = new RequestParser(settings.requestLimits());
        this.errors = settings.errors();
        this.limits = settings.connectionLimits();
        this.connections = connections;
        this.budget = budget;
    }

    @Override
    public void handle(Socket socket) throws IOException {
        Optional<OpenConnection> registered = connections.register(socket);
        if (registered.isEmpty()) {
            Refusal.serviceUnavailable(socket, errors);
            return;
        }
        try (OpenConnection connection = registered.get()) {
            // Send each write at once. With Nagle's algorithm on, the last small piece of a response
            // written in several pieces could wait for the client's (delayed) acknowledgement.
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(connection.timeWrites(socket.getOutputStream()));
            serve(connection, socket, new ConnectionInput(socket, connection, budget), out);
        }
    }

    // Exercise 7.2
    /**
     * The connection loop: wait for a request, read it, answer it, and after each answer decide
     * whether the connection goes on.
     */
    private void serve(OpenConnection connection, Socket socket, ConnectionInput in, OutputStream out)
            throws IOException {
        while (nextRequestArrives(connection, in)) {
            Exchange exchange = exchange(in, out);
            boolean keepOpen = exchange.keepOpen() && !connections.stopping();
            HttpResponse response = KeepAlive.announce(exchange.response(), exchange.version(), keepOpen);
            ResponseWriter.write(response, out, exchange.includeBody());
            if (exchange.requestUnread()) {
                LingeringClose.drain(socket, in); // so a reset cannot destroy the error we just sent
            }
            if (!keepOpen || !connection.finishRequest()) {
                return;
            }
        }
    }

    /**
     * Waits for the first byte of the next request. False when the connection should end without a
     * word: the client closed it, it stayed quiet past the idle timeout, or the server is stopping.
     * No request has begun in any of these cases, so there is nobody to answer (RFC 9112 §9.5).
     */
    private boolean nextRequestArrives(OpenConnection connection, ConnectionInput in) throws IOException {
        try {
            return in.awaitRequest(limits.idleTimeout()) && connection.startRequest();
        } catch (SocketTimeoutException e) {
            return false; // idle for too long
        } catch (SocketException e) {
            if (connection.closed()) {
                return false; // a stopping server closed this idle connection under our read
            }
            throw e;
        }
    }

    /** Reads one request and produces the answer; a request we cannot read is answered and ends the connection. */
    private Exchange exchange(ConnectionInput in, OutputStream out) throws IOException {
        HttpRequest request;
        try {
            request = readRequest(in, out);
        } catch (HttpException e) {
            return Exchange.unreadable(Refusal.withRetryAfter(errors.respond(e)));
        } catch (SocketTimeoutException e) {
            return Exchange.unreadable(errors.respond(new HttpException(Status.REQUEST_TIMEOUT,
                    "request not received within " + limits.requestTimeout().toSeconds() + " s")));
        }
        HttpResponse response = HttpConnectionHandler.respond(handler, request, errors);
        boolean keepOpen = KeepAlive.requestAllows(request) && KeepAlive.responseAllows(response)
                && KeepAlive.framingAllows(request);
        return new Exchange(response, request.version(), !request.method().equals("HEAD"), keepOpen, false);
    }

    /**
     * The next request, which must arrive whole (head and body) before the deadline. The parser
     * reads exactly the bytes of the body it announced, so the next request starts at the right byte,
     * and answers {@code Expect: 100-continue} on {@code out} before it reads that body.
     */
    private HttpRequest readRequest(ConnectionInput in, OutputStream out) throws IOException {
        in.startDeadline(limits.requestTimeout());
        try {
            return parser.parse(in, out).orElseThrow(() ->
                    new HttpException(Status.BAD_REQUEST, "connection closed before a request line"));
        } finally {
            in.clearDeadline();
        }
    }
}
