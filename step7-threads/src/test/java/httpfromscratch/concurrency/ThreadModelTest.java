package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A connection holds its thread for as long as it stays open. With keep-alive that is a long time,
 * so a fixed pool of N threads serves N clients and makes the next one wait; virtual threads don't.
 */
class ThreadModelTest {

    private static final int POOL_THREADS = 25;

    @Test
    void the26thKeepAliveClientOfA25ThreadPoolWaitsUntilAnotherLeaves() throws IOException {
        ServerSettings pool = ServerSettings.DEFAULTS.withPoolThreads(POOL_THREADS);
        List<ClientConnection> clients = new ArrayList<>();
        try (ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"), pool)
                .start()) {
            for (int i = 0; i < POOL_THREADS; i++) {
                ClientConnection client = ClientConnection.connect(server.port());
                clients.add(client);
                assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            }
            ClientConnection twentySixth = ClientConnection.connect(server.port());
            clients.add(twentySixth);
            twentySixth.send(ClientRequest.get("/"));

            assertThat(twentySixth.answersWithin(Duration.ofMillis(500))).as("answered at once").isFalse();

            clients.getFirst().close(); // one client leaves, and its thread is free
            assertThat(twentySixth.read("GET").status()).isEqualTo(200);
        } finally {
            closeAll(clients);
        }
    }

    @Test
    void virtualThreadsServeEveryKeepAliveClientAtOnce() throws IOException {
        List<ClientConnection> clients = new ArrayList<>();
        try (ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"),
                ServerSettings.DEFAULTS).start()) {
            for (int i = 0; i < 200; i++) {
                ClientConnection client = ClientConnection.connect(server.port());
                clients.add(client);
                assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            }
            assertThat(server.openConnections()).isEqualTo(200);
            for (ClientConnection client : clients) {
                assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200); // all still open
            }
        } finally {
            closeAll(clients);
        }
    }

    private static void closeAll(List<ClientConnection> clients) throws IOException {
        for (ClientConnection client : clients) {
            client.close();
        }
    }
}
