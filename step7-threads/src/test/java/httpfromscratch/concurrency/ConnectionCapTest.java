package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

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
        try (RawClient first = RawClient.connect(server.port());
                RawClient second = RawClient.connect(server.port())) {
            // Answered requests prove both connections are registered before the third one comes.
            assertThat(first.get("/").readResponse().status()).isEqualTo(200);
            assertThat(second.get("/").readResponse().status()).isEqualTo(200);

            try (RawClient third = RawClient.connect(server.port())) {
                RawClient.Response refused = third.get("/").readResponse();

                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).contains("1");
                assertThat(refused.header("Connection")).contains("close");
                assertThat(refused.body()).contains("too many connections");
                assertThat(third.serverClosed()).isTrue();
            }
            assertThat(first.get("/").readResponse().status()).isEqualTo(200); // still served
        }
    }

    @Test
    void servesANewClientOnceAConnectionHasClosed() throws IOException {
        try (RawClient first = RawClient.connect(server.port());
                RawClient second = RawClient.connect(server.port())) {
            assertThat(first.get("/", "Connection: close").readResponse().status()).isEqualTo(200);
            assertThat(second.get("/").readResponse().status()).isEqualTo(200);
            assertThat(first.serverClosed()).isTrue();

            try (RawClient third = RawClient.connect(server.port())) {
                assertThat(third.get("/").readResponse().status()).isEqualTo(200);
            }
        }
    }
}
