package httpfromscratch.concurrency;

import httpfromscratch.http.ErrorResponder;
import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.LingeringClose;
import httpfromscratch.http.ResponseWriter;
import httpfromscratch.http.Status;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;

/**
 * What a full server says to one more client: {@code 503 Service Unavailable} with
 * {@code Retry-After}, then close. No parsing and no handler: refusing must cost far less than
 * serving, or a flood of clients would overload us through the refusals alone.
 */
final class Refusal {

    private Refusal() {
    }

    static void serviceUnavailable(Socket socket, ErrorResponder errors) throws IOException {
        long retryAfter = ConnectionLimits.RETRY_AFTER.toSeconds();
        HttpException tooMany = new HttpException(Status.SERVICE_UNAVAILABLE,
                "too many connections, try again in " + retryAfter + " s");
        HttpResponse response = withRetryAfter(errors.respond(tooMany)).withHeader("Connection", "close");
        ResponseWriter.write(response, new BufferedOutputStream(socket.getOutputStream()), true);
        // We answered without reading the request: read it now, or closing would reset the connection.
        LingeringClose.drain(socket, socket.getInputStream());
    }

    /** A 503 says when to come back (RFC 9110 §10.2.3): we are busy now, not broken. Other statuses pass unchanged. */
    static HttpResponse withRetryAfter(HttpResponse response) {
        if (response.status() != Status.SERVICE_UNAVAILABLE) {
            return response;
        }
        return response.withHeader("Retry-After", String.valueOf(ConnectionLimits.RETRY_AFTER.toSeconds()));
    }
}
