package httpfromscratch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting and stopping a step's real server in a child JVM. */
class StepServerTest {

    @Test
    void startsAStepOnAFreePortAndStopsIt() throws Exception {
        StepServer server = StepServer.start(Fixtures.REAL, "step1-socket", List.of());
        try (server; HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(server.port()).isPositive().isNotEqualTo(8080);
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/"))
                            .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Hello, World!\n");
            assertThat(server.output()).contains("Hello server listening on http://127.0.0.1:" + server.port() + "/");
        }
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void readsTheMainClassFromTheStepsPom() throws Exception {
        assertThat(StepServer.mainClass(Fixtures.REAL, "step1-socket")).isEqualTo("httpfromscratch.socket.Main");
    }
}
