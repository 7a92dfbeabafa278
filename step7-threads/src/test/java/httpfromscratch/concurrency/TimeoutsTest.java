package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idle timeout between requests and the deadline for a request, with small limits to keep it quick. */
class TimeoutsTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(300);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

    private ConcurrentServer server;
    private final ScheduledExecutorService dripper = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void startServer() throws IOException {
        server = start(IDLE_TIMEOUT, REQUEST_TIMEOUT);
    }

    private static ConcurrentServer start(Duration idleTimeout, Duration requestTimeout) throws IOException {
        ConnectionLimits limits = ConnectionLimits.DEFAULTS
                .withIdleTimeout(idleTimeout)
                .withRequestTimeout(requestTimeout);
        return ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hello"),
                ServerSettings.DEFAULTS.withConnectionLimits(limits)).start();
    }

    @AfterEach
    void stop() throws IOException {
        dripper.shutdownNow();
        server.close();
    }

    @Test
    void closesAQuietKeptAliveConnectionWithoutAWord() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);

            // No 408: no request had begun, so the server just closes (RFC 9112 §9.5).
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void waitsTheWholeIdleTimeoutBeforeClosing() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            long start = System.nanoTime();

            assertThat(client.serverClosed()).isTrue();

            // The watchdog looks a few times per timeout: never before it, and soon after it.
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(IDLE_TIMEOUT)
                    .isLessThan(IDLE_TIMEOUT.multipliedBy(2).plusSeconds(1));
        }
    }

    @Test
    void closesAConnectionThatNeverSendsAByte() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void keepsAConnectionThatSendsItsNextRequestInTime() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void cutsOffASlowlorisClientAtTheDeadlineThoughEveryByteArrivesInTime() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            long start = System.nanoTime();
            client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            // One more byte every 100 ms, forever: a timeout per read (500 ms) would never fire.
            dripper.scheduleAtFixedRate(() -> sendQuietly(client, "a"), 100, 100, TimeUnit.MILLISECONDS);

            ClientResponse response = client.read("GET");

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(response.status()).isEqualTo(408);
            assertThat(response.header("Connection")).contains("close");
            assertThat(took).isGreaterThanOrEqualTo(REQUEST_TIMEOUT).isLessThan(ClientConnection.READ_TIMEOUT);
        }
    }

    @Test
    void answers408AtTheDeadlineWhenARequestStopsHalfwayThoughTheIdleTimeoutIsLonger() throws IOException {
        try (ConcurrentServer patient = start(Duration.ofSeconds(30), REQUEST_TIMEOUT);
                ClientConnection client = ClientConnection.connect(patient.port())) {
            long start = System.nanoTime();
            client.send("GET / HTTP/1.1\r\nHost: x\r\n"); // and then nothing

            ClientResponse response = client.read("GET");

            assertThat(response.status()).isEqualTo(408);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(REQUEST_TIMEOUT)
                    .isLessThan(ClientConnection.READ_TIMEOUT);
        }
    }

    @Test
    void aRequestCutShortByTheClientIsABadRequestNotATimeout() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n");
            client.shutdownOutput();

            assertThat(client.read("GET").status())
                    .as("the client closed mid-request: 400, and 408 only when the deadline passed").isEqualTo(400);
        }
    }

    @Test
    void aSlowHandlerDoesNotCountAgainstTheNextRequest() throws Exception {
        try (ConcurrentServer slow = ConcurrentServer.bind(0, request -> {
                    sleep(REQUEST_TIMEOUT.multipliedBy(2)); // longer than the deadline for reading a request
                    return HttpResponse.text(Status.OK, "slow");
                }, ServerSettings.DEFAULTS.withConnectionLimits(ConnectionLimits.DEFAULTS.withRequestTimeout(REQUEST_TIMEOUT))).start();
                ClientConnection client = ClientConnection.connect(slow.port())) {
            assertThat(client.exchange(ClientRequest.get("/")).status()).isEqualTo(200);

            assertThat(client.exchange(ClientRequest.get("/")).status())
                    .as("the deadline covers reading a request, not the handler's time: the connection stays open")
                    .isEqualTo(200);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sendQuietly(ClientConnection client, String text) {
        try {
            client.send(text);
        } catch (IOException e) {
            // the server has closed the connection: the test reads the outcome
        }
    }
}
