package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LingeringCloseTest {

    @Test
    void refusedRequestWithUnreadBodyStillDeliversTheWholeResponse() throws IOException {
        Limits smallBodies = Limits.DEFAULTS.withMaxBodyBytes(1024);
        try (TcpServer server = TcpServer.bind(0,
                        new HttpConnectionHandler(request -> HttpResponse.text(200, "ok"), smallBodies, ErrorResponder.PLAIN_TEXT))
                .start();
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.setSoTimeout(5_000);
            OutputStream out = client.getOutputStream();
            // The server refuses after the head; 64 KiB of body are already on their way, unread.
            out.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            // A client such as curl goes on uploading while the response travels back.
            String statusLine = readLine(client);
            out.write(new byte[64 * 1024]);
            out.flush();

            // Without a lingering close the server has closed with bytes unread: the kernel answers
            // our upload with a reset, and reading the rest fails with "Connection reset".
            String rest = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(statusLine).isEqualTo("HTTP/1.1 413 Content Too Large");
            assertThat(rest).endsWith("body larger than 1024 bytes\n");
        }
    }

    private static String readLine(Socket client) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = client.getInputStream().read()) != '\n') {
            if (b == -1) {
                // A server that closes without answering must fail this test, not loop it forever.
                throw new AssertionError("the server closed the connection before a whole line; got '" + line + "'");
            }
            line.append((char) b);
        }
        return line.toString().strip();
    }
}
