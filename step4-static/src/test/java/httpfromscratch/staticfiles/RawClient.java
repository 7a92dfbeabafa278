package httpfromscratch.staticfiles;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written. curl and {@code java.net.http.HttpClient} remove {@code ..}
 * segments from a URL before sending it, so only a raw socket can send what an attacker would.
 */
final class RawClient {

    /** No test waits longer than this for a byte. */
    static final int READ_TIMEOUT_MILLIS = 5_000;

    private RawClient() {
    }

    /** Sends {@code request} and returns everything the server answers until it closes the connection. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code GET target HTTP/1.1} with a Host header and nothing else. */
    static String get(int port, String target) throws IOException {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    /** The part of a response before the empty line. */
    static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(0, end);
    }

    /** The part of a response after the empty line. */
    static String body(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? "" : response.substring(end + 4);
    }
}
