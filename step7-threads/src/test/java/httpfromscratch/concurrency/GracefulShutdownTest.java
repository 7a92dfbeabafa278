package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping while clients are connected: the request in flight is finished, the idle connection is
 * closed, and nobody new gets in.
 */
class GracefulShutdownTest {

    private final CountDownLatch slowRequestStarted = new CountDownLatch(1);
    private final CountDownLatch releaseSlowRequest = new CountDownLatch(1);
    private ConcurrentServer server;

    private ConcurrentServer start(Duration grace) throws IOException {
        Router router = new Router()
                .get("/hello", request -> HttpResponse.text(Status.OK, "hello"))
                .get("/slow", request -> {
                    slowRequestStarted.countDown();
                    awaitQuietly(releaseSlowRequest);
                    return HttpResponse.text(Status.OK, "finished");
                });
        ServerSettings settings = ServerSettings.DEFAULTS
                .withConnectionLimits(ConnectionLimits.DEFAULTS.withShutdownGrace(grace));
        server = ConcurrentServer.bind(0, router, settings).start();
        return server;
    }

    @AfterEach
    void release() throws IOException {
        releaseSlowRequest.countDown();
        server.close();
    }

    @Test
    void finishesTheRequestInFlightClosesIdleConnectionsAndRefusesNewOnes() throws Exception {
        start(Duration.ofSeconds(10));
        try (ClientConnection busy = ClientConnection.connect(server.port());
                ClientConnection idle = ClientConnection.connect(server.port())) {
            assertThat(idle.exchange(ClientRequest.get("/hello")).status()).isEqualTo(200);
            busy.send(ClientRequest.get("/slow"));
            assertThat(slowRequestStarted.await(5, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> stopping = CompletableFuture.supplyAsync(this::stopGracefully);

            assertThat(idle.serverClosed()).as("the idle connection is closed at once").isTrue();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close())
                    .as("no new connections").isInstanceOf(ConnectException.class);
            assertThat(stopping).as("still waiting for the busy connection").isNotDone();

            releaseSlowRequest.countDown();
            ClientResponse response = busy.read("GET");

            assertThat(response.bodyText()).isEqualTo("finished");
            assertThat(response.header("Connection")).contains("close");
            assertThat(busy.serverClosed()).isTrue();
            assertThat(stopping.get(5, TimeUnit.SECONDS)).as("connections cut off").isZero();
        }
    }

    @Test
    void cutsOffARequestThatOutlastsTheGracePeriod() throws Exception {
        start(Duration.ofMillis(200));
        try (ClientConnection busy = ClientConnection.connect(server.port())) {
            busy.send(ClientRequest.get("/slow"));
            assertThat(slowRequestStarted.await(5, TimeUnit.SECONDS)).isTrue();

            int cutOff = stopGracefully();

            assertThat(cutOff).isEqualTo(1);
            assertThat(busy.serverClosed()).isTrue();
        }
    }

    private int stopGracefully() {
        try {
            return server.stop();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
