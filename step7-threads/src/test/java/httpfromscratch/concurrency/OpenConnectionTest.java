package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One connection's state, as its own thread and a stopping server's thread change it. */
@Timeout(10)
class OpenConnectionTest {

    private final OpenConnections registry = new OpenConnections(10);
    private final OpenConnection connection = registry.register(new Socket()).orElseThrow();

    @Test
    void anOpenConnectionStartsAndFinishesRequests() {
        assertThat(connection.closed()).isFalse();
        assertThat(connection.startRequest()).isTrue();
        assertThat(connection.finishRequest()).as("not closed, server not stopping: the connection goes on").isTrue();
    }

    @Test
    void aClosedConnectionStartsNoRequest() {
        connection.close();

        assertThat(connection.closed()).isTrue();
        assertThat(connection.startRequest()).isFalse();
        assertThat(connection.finishRequest()).isFalse();
        assertThat(registry.size()).as("closing leaves the registry").isZero();
    }

    @Test
    void aBusyConnectionIsNotClosedAsIdle() {
        connection.startRequest();

        connection.closeIfIdle();

        assertThat(connection.closed()).as("a request has begun: its client is owed a response").isFalse();
    }

    @Test
    void aReadIsOverdueFromItsDeadlineOn() {
        assertThat(connection.readOverdue(System.nanoTime())).as("no deadline set").isFalse();

        connection.readBy(1_000);

        assertThat(connection.readOverdue(999)).isFalse();
        assertThat(connection.readOverdue(1_000)).as("at the deadline itself").isTrue();
        assertThat(connection.readOverdue(1_001)).isTrue();

        connection.readBy(OpenConnection.NO_DEADLINE);
        assertThat(connection.readOverdue(Long.MAX_VALUE - 1)).as("the deadline was cleared").isFalse();
    }

    @Test
    void aReadIsCutOffOnlyByTheWatchdog() {
        assertThat(connection.readCutOff()).isFalse();

        connection.cutOffRead();

        assertThat(connection.readCutOff()).isTrue();
    }

    @Test
    void noWriteIsBlockedBeforeAnyWriteBegins() {
        assertThat(connection.writeBlockedSince(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void aRefusalSaysWhenToComeBackOnlyForA503() {
        assertThat(Refusal.withRetryAfter(HttpResponse.text(Status.SERVICE_UNAVAILABLE, "busy")).headers().first("Retry-After"))
                .hasValue(String.valueOf(ConnectionLimits.RETRY_AFTER.toSeconds()));
        assertThat(Refusal.withRetryAfter(HttpResponse.text(Status.NOT_FOUND, "no")).headers().first("Retry-After")).isEmpty();
    }

    @Test
    void serveBlocksUntilStopAndStopEndsTheWatchdog() throws Exception {
        ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"),
                ServerSettings.DEFAULTS);
        Thread serving = Thread.ofPlatform().start(() -> {
            try {
                server.serve();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start(); // a second start() is harmless
        Thread watchdog = threadNamed("watchdog-" + server.port());
        assertThat(watchdog).as("the watchdog runs while the server does").isNotNull();
        assertThat(serving.isAlive()).as("serve() blocks while the server runs").isTrue();

        server.stop();
        serving.join(5_000);

        assertThat(serving.isAlive()).as("serve() returns once stop() has closed the server").isFalse();
        watchdog.join(5_000);
        assertThat(watchdog.isAlive()).as("stop() ends the watchdog's thread").isFalse();
    }

    private static Thread threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .findFirst().orElse(null);
    }
}
