package httpfromscratch.tester;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** Step 1: a socket that answers. */
final class SocketStages {

    static final Stage HELLO = new Stage("1.1", "a response over a socket",
            "GET / gets a 200 response whose body is exactly as long as its Content-Length, and the server closes"
                    + " the connection after it, as we asked with Connection: close.",
            "docs/01-tcp-socket.md#the-hello-world-handler", SocketStages::hello);

    static final Stage ECHO = new Stage("1.1", "echo",
            "Every byte sent comes straight back, in order (chapter 1's echo server; run with --echo).",
            "docs/01-tcp-socket.md#the-echo-handler", SocketStages::echo);

    private SocketStages() {
    }

    static void hello(Probe probe) throws IOException {
        try (Wire wire = probe.open()) {
            Exchange exchange = wire.exchange(probe.request("GET", "/"), "GET");
            Expect.status(exchange, 200, "write the status line first: HTTP/1.1 200 OK, then CRLF");
            Expect.header(exchange, "Content-Length",
                    "say how long the body is, in bytes (not characters): the client knows where it ends from that");
            closes(wire, exchange, probe);
        }
    }

    /** After a response to a request with {@code Connection: close}, the server closes, and sends nothing more. */
    static void closes(Wire wire, Exchange exchange, Probe probe) {
        try {
            byte[] extra = wire.bytesBeforeClose(probe.options().patience());
            if (extra.length > 0) {
                byte[] all = concat(exchange.received(), extra);
                throw Expect.failure("more bytes came after the response: " + extra.length + " bytes beyond its Content-Length",
                        "the response ends where its Content-Length says",
                        "count the body's bytes (UTF-8), not its characters, and send nothing after it",
                        new Exchange(exchange.sent(), all, exchange.reply()), exchange.received().length);
            }
        } catch (SocketTimeoutException e) {
            throw Expect.failure("the connection stayed open " + Durations.text(probe.options().patience())
                            + " after the response, though the request said Connection: close",
                    "the server closes the connection after answering", "close the socket when the response is written",
                    exchange, -1);
        }
    }

    static void echo(Probe probe) throws IOException {
        byte[] sent = Bytes.ascii(probe.word() + "\n" + probe.word() + " " + probe.word() + "\r\n");
        try (Socket socket = new Socket(probe.options().host(), probe.options().port())) {
            socket.setSoTimeout((int) probe.options().patience().toMillis());
            socket.getOutputStream().write(sent);
            socket.getOutputStream().flush();
            byte[] received = readUpTo(socket.getInputStream(), sent.length);
            if (!Arrays.equals(received, sent)) {
                int wrong = Arrays.mismatch(received, sent);
                throw Expect.failure("what came back is not what we sent", "the same " + sent.length + " bytes",
                        "write back exactly the bytes each read() returned: buffer[0..count), not the whole buffer",
                        new Exchange(sent, received, null), wrong);
            }
        }
    }

    /** Up to {@code length} bytes: fewer if the server closes or stops sending. */
    private static byte[] readUpTo(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int count = 0;
        try {
            while (count < length) {
                int read = in.read(bytes, count, length - count);
                if (read < 0) {
                    break;
                }
                count += read;
            }
        } catch (SocketTimeoutException e) {
            // what came is what we show
        }
        return Arrays.copyOf(bytes, count);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
