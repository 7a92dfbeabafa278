package httpfromscratch.concurrency;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A client that writes exact bytes and reads responses one by one, for the tests that are about
 * the wire: keep-alive, pipelining, timeouts. Every read has a timeout, so a server that fails to
 * answer fails the test instead of hanging it.
 */
final class RawClient implements AutoCloseable {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    /** A response as it came off the wire. */
    record Response(int status, List<String> headerLines, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst();
        }
    }

    private final Socket socket;
    private final InputStream in;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        readTimeout(READ_TIMEOUT);
    }

    static RawClient connect(int port) throws IOException {
        return new RawClient(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    RawClient readTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        return this;
    }

    /** Sends {@code text} as it is, one byte per character. */
    RawClient send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Sends a GET for {@code path} with HTTP/1.1 and a Host header, plus any extra header lines. */
    RawClient get(String path, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(request.append("\r\n").toString());
    }

    /** Reads one response: status line, headers, and a body of Content-Length bytes. */
    Response readResponse() throws IOException {
        return readResponse(true);
    }

    /** A response to HEAD has a Content-Length but no body. */
    Response readResponse(boolean hasBody) throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new IOException("the server closed the connection instead of answering");
        }
        List<String> headerLines = new ArrayList<>();
        String line;
        while (!(line = readLine()).isEmpty()) {
            headerLines.add(line);
        }
        Response head = new Response(Integer.parseInt(statusLine.split(" ")[1]), headerLines, "");
        int length = hasBody ? Integer.parseInt(head.header("Content-Length").orElse("0")) : 0;
        byte[] body = in.readNBytes(length);
        return new Response(head.status(), headerLines, new String(body, StandardCharsets.UTF_8));
    }

    /** True when the server closed the connection: the next read finds the end of the stream. */
    boolean serverClosed() throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // a reset also means the server is gone
        }
    }

    /** True when, for {@code quiet}, the server neither sends a byte nor closes the connection. */
    boolean staysOpenFor(Duration quiet) throws IOException {
        readTimeout(quiet);
        try {
            in.mark(1);
            in.read();
            in.reset();
            return false; // a byte came, or the end of the stream
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            readTimeout(READ_TIMEOUT);
        }
    }

    /** Whether a response starts arriving within {@code timeout}; the timeout is then set back. */
    boolean answersWithin(Duration timeout) throws IOException {
        readTimeout(timeout);
        try {
            in.mark(1);
            int b = in.read();
            in.reset();
            return b != -1;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            readTimeout(READ_TIMEOUT);
        }
    }

    /** A line without its CRLF; null at the end of the stream before any byte. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Closes the connection from our side, like a client that gives up or leaves. */
    void hangUp() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
