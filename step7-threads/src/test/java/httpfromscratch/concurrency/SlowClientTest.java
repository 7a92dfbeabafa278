package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The problem this step solves. Step 1's accept loop serves one connection at a time, so one client
 * that sends half a request holds up everybody else until it finishes or times out (step 2's
 * header timeout is 10 s). Step 7 gives every connection its own thread.
 */
class SlowClientTest {

    private static final Handler HELLO = request -> HttpResponse.text(Status.OK, "hello");
    private static final String HALF_A_REQUEST = "GET / HTTP/1.1\r\nHo";

    @Test
    void oneSlowClientBlocksEveryoneOnTheOneAtATimeServer() throws IOException {
        try (TcpServer server = TcpServer.bind(0, new HttpConnectionHandler(HELLO)).start();
                ClientConnection slow = ClientConnection.connect(server.port());
                ClientConnection next = ClientConnection.connect(server.port())) {
            slow.send(HALF_A_REQUEST);
            next.send(ClientRequest.get("/"));

            assertThat(next.answersWithin(Duration.ofMillis(500))).as("answered while the slow client waits").isFalse();

            slow.close(); // the slow client leaves: only now is it the next one's turn
            assertThat(next.read("GET").status()).isEqualTo(200);
        }
    }

    @Test
    void theConcurrentServerAnswersTheNextClientWhileTheSlowOneWaits() throws IOException {
        try (ConcurrentServer server = ConcurrentServer.bind(0, HELLO, ServerSettings.DEFAULTS).start();
                ClientConnection slow = ClientConnection.connect(server.port());
                ClientConnection next = ClientConnection.connect(server.port())) {
            slow.send(HALF_A_REQUEST);
            next.send(ClientRequest.get("/"));

            assertThat(next.read("GET").status()).isEqualTo(200);
            assertThat(slow.staysOpenFor(Duration.ofMillis(100))).as("the slow client is still waiting").isTrue();
        }
    }
}
