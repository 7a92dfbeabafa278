package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bytes all connections may be receiving at once: a request that would pass them is refused, not stored. */
@Timeout(20)
class BodyBudgetTest {

    @Test
    void takesWhatFitsAndRefusesWhatDoesNot() {
        BodyBudget budget = new BodyBudget(100);

        assertThat(budget.take(60)).isTrue();
        assertThat(budget.take(60)).as("60 more would make 120").isFalse();
        assertThat(budget.left()).as("a refusal takes nothing").isEqualTo(40);
        assertThat(budget.take(40)).isTrue();
        budget.giveBack(100);
        assertThat(budget.left()).isEqualTo(100);
    }

    @Test
    void refusesABodyPastTheBudgetWith503AndGivesTheBytesBack() throws IOException {
        ConnectionLimits limits = ConnectionLimits.DEFAULTS.withBodyBudgetBytes(64 * 1024);
        try (ConcurrentServer server = ConcurrentServer.bind(0,
                request -> HttpResponse.text(Status.OK, "got " + request.bodyLength()),
                ServerSettings.DEFAULTS.withConnectionLimits(limits)).start()) {

            String refused = post(server.port(), 256 * 1024);
            String accepted = post(server.port(), 16 * 1024);
            String againAccepted = post(server.port(), 16 * 1024);

            assertThat(refused).startsWith("HTTP/1.1 503 ").contains("Retry-After: 1").contains("Connection: close");
            assertThat(accepted).startsWith("HTTP/1.1 200 ").endsWith("got 16384");
            assertThat(againAccepted).as("the budget was given back").startsWith("HTTP/1.1 200 ");
        }
    }

    /** Sends a POST with a body of {@code size} bytes on a new connection; the whole response as text. */
    private static String post(int port, int size) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: " + size
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(new byte[size]);
            } catch (IOException e) {
                // the server may refuse and close before all of it is sent; its answer is still there to read
            }
            socket.setSoTimeout(5_000);
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the response: what came before it is what we want
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
