package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The connection's input stream as the parser sees it, over a real socket pair. */
@Timeout(10)
class ConnectionInputTest {

    private ServerSocket listener;
    private Socket client;
    private Socket server;
    private ConnectionInput in;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        server = listener.accept();
        OpenConnections registry = new OpenConnections(1);
        in = new ConnectionInput(server, registry.register(server).orElseThrow(), new BodyBudget(1 << 20));
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        server.close();
        listener.close();
    }

    private void send(String text) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void readsByteByByteThenReportsTheEnd() throws IOException {
        send("ab");
        client.shutdownOutput();

        assertThat(in.read()).isEqualTo('a');
        assertThat(in.read()).isEqualTo('b');
        assertThat(in.read()).as("the client closed: end of stream").isEqualTo(-1);
    }

    @Test
    void readsIntoAnArrayThenReportsTheEnd() throws IOException {
        send("hello");
        client.shutdownOutput();
        byte[] bytes = new byte[16];

        int count = in.read(bytes, 2, 10);

        assertThat(count).isEqualTo(5);
        assertThat(new String(bytes, 2, count, StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(in.read(bytes, 0, 10)).isEqualTo(-1);
        assertThat(in.read(bytes, 0, 0)).as("asking for nothing gets nothing, even at the end").isZero();
    }

    @Test
    void availableCountsOnlyWhatIsBuffered() throws IOException {
        assertThat(in.available()).isZero();
        send("abc");

        assertThat(in.read()).isEqualTo('a');

        assertThat(in.available()).as("the rest of what one read brought in").isEqualTo(2);
    }

    @Test
    void awaitingARequestReportsAClientThatClosed() throws IOException {
        client.shutdownOutput();

        assertThat(in.awaitRequest(Duration.ofSeconds(5))).isFalse();
    }

    @Test
    void awaitingARequestFindsOneAlreadyBuffered() throws IOException {
        send("GET / HTTP/1.1\r\n");
        assertThat(in.awaitRequest(Duration.ofSeconds(5))).isTrue();
        in.read();

        assertThat(in.awaitRequest(Duration.ofSeconds(5))).as("the rest of the request waits in the buffer").isTrue();
    }
}
