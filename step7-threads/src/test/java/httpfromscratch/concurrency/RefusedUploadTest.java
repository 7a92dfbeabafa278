package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Limits;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Exercise 7.2's last promise: a request refused before its body was read still gets its whole
 * answer, because the connection loop closes with a lingering close (RFC 9112 §9.6), not at once.
 */
@Timeout(20)
class RefusedUploadTest {

    private static final int MAX_BODY = 1024;

    @Test
    void aRefusedUploadStillReceivesTheWholeErrorResponse() throws IOException {
        Router router = new Router().post("/upload", request -> HttpResponse.text(Status.OK, "stored"));
        ServerSettings smallBodies = ServerSettings.DEFAULTS.withRequestLimits(Limits.DEFAULTS.withMaxBodyBytes(MAX_BODY));
        try (ConcurrentServer server = ConcurrentServer.bind(0, router, smallBodies).start();
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.setSoTimeout(10_000);
            OutputStream out = client.getOutputStream();
            // The server refuses after the head; 64 KiB of body are already on their way, unread.
            out.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            // Like curl, the client goes on uploading while the answer travels back.
            String statusLine = readLine(client.getInputStream());
            String rest;
            try {
                out.write(new byte[64 * 1024]);
                out.flush();
                client.shutdownOutput(); // done uploading: the server's drain ends here, not after its full second
                rest = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            } catch (SocketException e) {
                throw new AssertionError("the server reset the connection after refusing the upload (" + e.getMessage()
                        + "): after answering a request whose body it did not read, the connection loop must"
                        + " close with LingeringClose.drain, reading what is still on its way, not close at once", e);
            }

            assertThat(statusLine).isEqualTo("HTTP/1.1 413 Content Too Large");
            assertThat(rest)
                    .as("the 413 must say the connection ends, and arrive whole")
                    .containsIgnoringCase("connection: close")
                    .contains("body larger than " + MAX_BODY + " bytes")
                    .endsWith("}\n");
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new AssertionError("the server closed the connection before a whole line; got '" + line + "'");
            }
            line.append((char) b);
        }
        return line.toString().strip();
    }
}
