package httpfromscratch.socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Answers any request with a hand-written HTTP/1.1 response: the whole protocol, as text, in one
 * method. Step 2 replaces this with a real parser and response writer.
 */
public final class HelloWorldHandler implements ConnectionHandler {

    static final String BODY = "Hello, World!\n";

    @Override
    public void handle(Socket connection) throws IOException {
        skipRequestHead(connection.getInputStream());
        OutputStream out = connection.getOutputStream();
        out.write(response(BODY).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    // Exercise 1.5
    /**
     * The response carrying {@code text}, line by line. Every line ends in CRLF, an empty line ends
     * the headers, and Content-Length counts the bytes of the body (not its characters) so the
     * client knows where the message ends.
     */
    static String response(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 200 OK\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n"
                + text;
    }

    // Exercise 1.4
    /**
     * Reads until the blank line that ends the request head (CR LF CR LF), or until the client
     * closes. We must read the request before answering: closing a socket with unread bytes in it
     * makes the kernel send a reset, and the client may lose our response.
     */
    static void skipRequestHead(InputStream in) throws IOException {
        int matched = 0; // how much of "\r\n\r\n" we have just seen
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            if (b == "\r\n\r\n".charAt(matched)) {
                matched++;
            } else {
                matched = (b == '\r') ? 1 : 0;
            }
        }
    }
}
