package httpfromscratch.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The client's side of one connection: send requests, read their responses, in order. Several
 * requests may share the connection (keep-alive), and may be sent before any answer is read
 * (pipelining): responses come back in the order of the requests (RFC 9112 §9.3.2).
 *
 * <pre>{@code
 * try (ClientConnection connection = ClientConnection.connect(8080)) {
 *     ClientResponse response = connection.exchange(ClientRequest.get("/hello"));
 * }
 * }</pre>
 *
 * <p>Like the parser, it works on any pair of streams, so tests can feed it bytes from memory; only
 * {@link #connect} knows sockets.
 */
public final class ClientConnection implements AutoCloseable {

    /** How long a read waits for the next byte before giving up: a silent server must not hang a client. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Socket socket; // null over plain streams
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private final ResponseParser parser;

    private ClientConnection(Socket socket, InputStream in, OutputStream out, String host, Limits limits) {
        this.socket = socket;
        // Buffered: the parser reads the head byte by byte, as the server's does.
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.out = out;
        this.host = host;
        this.parser = new ResponseParser(limits);
    }

    /** A connection over two streams, such as byte arrays in a test. {@code host} fills in missing Host headers. */
    public static ClientConnection over(InputStream in, OutputStream out, String host) {
        return new ClientConnection(null, in, out, host, Limits.DEFAULTS);
    }

    /** Connects to {@code port} on this machine (loopback), with a {@link #READ_TIMEOUT}. */
    public static ClientConnection connect(int port) throws IOException {
        return connect("localhost", port);
    }

    public static ClientConnection connect(String host, int port) throws IOException {
        return connect(host, port, Limits.DEFAULTS);
    }

    /** Connects with other limits, such as a larger body for a big file. */
    public static ClientConnection connect(String host, int port, Limits limits) throws IOException {
        InetAddress address = host.equals("localhost") ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        Socket socket = new Socket(address, port);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        return new ClientConnection(socket, socket.getInputStream(), socket.getOutputStream(),
                host + ":" + port, limits);
    }

    /** Sends {@code request}, adding Host and Content-Length when it lacks them (see {@link RequestWriter}). */
    public ClientConnection send(ClientRequest request) throws IOException {
        RequestWriter.write(request, host, out);
        return this;
    }

    /** Sends bytes exactly as given: for requests no well-behaved client would write. */
    public ClientConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Sends {@code text} exactly as written, one byte per character (ISO-8859-1), {@code \r\n} and all. */
    public ClientConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code request} and reads its final response. */
    public ClientResponse exchange(ClientRequest request) throws IOException {
        return send(request).read(request.method());
    }

    /**
     * Reads the final response to a request made with {@code requestMethod}, skipping interim 1xx
     * responses such as {@code 100 Continue} (RFC 9110 §15.2: a client that did not ask for one
     * must still expect it). {@code 101 Switching Protocols} is final: after it, the connection
     * speaks another protocol.
     */
    public ClientResponse read(String requestMethod) throws IOException {
        ClientResponse response = readNext(requestMethod);
        while (response.isInterim() && response.status() != 101) {
            response = readNext(requestMethod);
        }
        return response;
    }

    /** Reads the next response, interim ones included: how a client waits for {@code 100 Continue}. */
    public ClientResponse readNext(String requestMethod) throws IOException {
        Optional<ClientResponse> response = parser.parse(in, requestMethod);
        if (response.isEmpty()) {
            throw new BadResponseException("expected a status line, but the server closed the connection");
        }
        return response.get();
    }

    /**
     * Whether the server has closed its side: the next read finds the end of the stream (or a
     * reset) rather than a byte, within the read timeout. A client checks this before it reuses a
     * connection the server might have given up on.
     */
    public boolean serverClosed() throws IOException {
        in.mark(1);
        try {
            int b = in.read();
            in.reset();
            return b == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // "connection reset": the server is gone just the same
        }
    }

    /** True when, for all of {@code quiet}, the server neither sends a byte nor closes the connection. */
    public boolean staysOpenFor(Duration quiet) throws IOException {
        return waitForByte(quiet) == Arrival.NOTHING;
    }

    /** True when a byte of a response arrives within {@code timeout} (not the end of the stream). */
    public boolean answersWithin(Duration timeout) throws IOException {
        return waitForByte(timeout) == Arrival.BYTE;
    }

    private enum Arrival { BYTE, END_OF_STREAM, NOTHING }

    /** Waits up to {@code timeout} for the next byte, leaves it unread, and sets the read timeout back. */
    private Arrival waitForByte(Duration timeout) throws IOException {
        int usual = socket().getSoTimeout();
        socket().setSoTimeout((int) Math.max(1, timeout.toMillis()));
        in.mark(1);
        try {
            int b = in.read();
            in.reset();
            return b == -1 ? Arrival.END_OF_STREAM : Arrival.BYTE;
        } catch (SocketTimeoutException e) {
            return Arrival.NOTHING;
        } finally {
            socket().setSoTimeout(usual);
        }
    }

    /** Changes how long each read waits; {@link #READ_TIMEOUT} unless changed. */
    public ClientConnection readTimeout(Duration timeout) throws IOException {
        socket().setSoTimeout((int) timeout.toMillis());
        return this;
    }

    /** Ends our sending side only (a TCP half-close): the server sees the end of the stream, and can still answer. */
    public void shutdownOutput() throws IOException {
        socket().shutdownOutput();
    }

    private Socket socket() {
        if (socket == null) {
            throw new IllegalStateException("a connection over streams has no socket");
        }
        return socket;
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        } else {
            in.close();
            out.close();
        }
    }
}
