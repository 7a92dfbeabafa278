package httpfromscratch.tester;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One TCP connection to the server under test. It writes bytes exactly as given and reads each
 * response with step 2's client ({@link ClientConnection}), keeping a copy of the bytes that arrived.
 * The socket is ours rather than the client's, so that the copy sits between the two.
 */
final class Wire implements AutoCloseable {

    private final Socket socket;
    private final RecordingInputStream in;
    private final OutputStream out;
    private final ClientConnection client;
    private final Duration wait;

    private Wire(Socket socket, String authority, Duration wait) throws IOException {
        this.socket = socket;
        this.in = new RecordingInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.client = ClientConnection.over(in, out, authority);
        this.wait = wait;
    }

    /** Connects, or fails the stage with a message that says the server is not there. */
    static Wire open(String host, int port, Duration wait) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) wait.toMillis());
            socket.setSoTimeout((int) wait.toMillis());
            return new Wire(socket, host + ":" + port, wait);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new StageFailure("could not connect to " + host + ":" + port + " (" + e.getMessage() + ")",
                    "a server listening on " + host + ":" + port,
                    "start your server first, on the port you give with --port", null, -1);
        }
    }

    void send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new StageFailure("the server closed the connection while we were still sending (" + e.getMessage() + ")",
                    "the server reads the whole request before it answers or closes",
                    "a server that answers before it read the request must still read (and drop) the rest",
                    new Exchange(bytes, in.take(), null), -1);
        }
    }

    /** Sends {@code request} and reads the response to it. */
    Exchange exchange(byte[] request, String method) {
        send(request);
        return response(request, method);
    }

    /** Reads one response, to a request already sent with {@code method}. */
    Exchange response(byte[] sent, String method) {
        try {
            ClientResponse reply = client.read(method);
            return new Exchange(sent, in.take(), reply);
        } catch (SocketTimeoutException e) {
            byte[] received = in.take();
            throw new StageFailure("no complete response within " + Durations.text(wait),
                    "a whole response: status line, headers, an empty line, and as many body bytes as Content-Length says",
                    received.length == 0 ? "the server never answered: does it read the request up to the empty line, then write and flush?"
                            : "the response stopped short: check the Content-Length against the bytes you really send",
                    new Exchange(sent, received, null), received.length);
        } catch (IOException | RuntimeException e) {
            byte[] received = in.take();
            throw new StageFailure("the response could not be read: " + e.getMessage(),
                    "a response framed as RFC 9112 says: a status line, header lines, CRLF CRLF, then the body",
                    "compare the bytes below with chapter 2's response, byte by byte",
                    new Exchange(sent, received, null), received.length);
        }
    }

    /**
     * Reads until the server closes the connection, for at most {@code within}, and returns what
     * arrived before the close: nothing, from a server that ends its response where it should. A
     * body sent after a HEAD response shows here. Throws if the connection is still open after
     * {@code within}.
     */
    byte[] bytesBeforeClose(Duration within) throws SocketTimeoutException {
        try {
            socket.setSoTimeout((int) Math.max(1, within.toMillis()));
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // keep reading: everything is recorded
            }
            return in.take();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return in.take(); // a reset is a close too
        } finally {
            restoreWait();
        }
    }

    private void restoreWait() {
        try {
            socket.setSoTimeout((int) wait.toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do: we are done with it
        }
    }
}
