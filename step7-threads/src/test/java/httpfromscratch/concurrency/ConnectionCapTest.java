package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Past the connection cap, a client is told to come back later instead of being left waiting. */
class ConnectionCapTest {

    private ConcurrentServer server;

    @BeforeEach
    void startServer() throws IOException {
        ServerSettings settings = ServerSettings.DEFAULTS
                .withConnectionLimits(ConnectionLimits.DEFAULTS.withMaxConnections(2));
        server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hello"), settings).start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void refusesTheConnectionPastTheCapWith503AndRetryAfter() throws IOException {
        try (ClientConnection first = ClientConnection.connect(server.port());
                ClientConnection second = ClientConnection.connect(server.port())) {
            // Answered requests prove both connections are registered before the third one comes.
            assertThat(first.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            assertThat(second.exchange(ClientRequest.get("/")).status()).isEqualTo(200);

            try (ClientConnection third = ClientConnection.connect(server.port())) {
                ClientResponse refused = third.exchange(ClientRequest.get("/"));

                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).contains("1");
                assertThat(refused.header("Connection")).contains("close");
                assertThat(refused.bodyText()).contains("too many connections");
                assertThat(third.serverClosed()).isTrue();
            }
            assertThat(first.exchange(ClientRequest.get("/")).status()).isEqualTo(200); // still served
        }
    }

    @Test
    void servesANewClientOnceAConnectionHasClosed() throws IOException {
        try (ClientConnection first = ClientConnection.connect(server.port());
                ClientConnection second = ClientConnection.connect(server.port())) {
            assertThat(first.exchange(ClientRequest.get("/").withHeader("Connection", "close")).status()).isEqualTo(200);
            assertThat(second.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            assertThat(first.serverClosed()).isTrue();

            try (ClientConnection third = ClientConnection.connect(server.port())) {
                assertThat(third.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            }
        }
    }
}
