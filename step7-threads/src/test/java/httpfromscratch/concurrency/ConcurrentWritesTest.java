package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Step 7's whole application under many writers at once, through real sockets. */
class ConcurrentWritesTest {

    private static final int WRITERS = 1_000;

    private ConcurrentServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startServer() throws IOException {
        server = ConcurrentServer.bind(0, Main.app("test-token", Optional.empty(), line -> { }),
                ServerSettings.DEFAULTS).start();
    }

    @AfterEach
    void stopServer() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void aThousandConcurrentPostsStoreAThousandItemsWithDistinctIds() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, WRITERS)
                .mapToObj(n -> client.sendAsync(post("/data", "{\"n\":" + n + "}"), HttpResponse.BodyHandlers.ofString()))
                .toList();
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get();
        assertThat(posts).allSatisfy(post -> assertThat(post.join().statusCode()).isEqualTo(201));

        JsonNode items = JsonMapper.shared().readTree(client.send(get("/data"), HttpResponse.BodyHandlers.ofString()).body());

        Set<Long> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        items.forEach(item -> {
            ids.add(item.get("id").asLong());
            numbers.add(item.get("n").asInt());
        });
        assertThat(items.size()).as("items stored").isEqualTo(WRITERS);
        assertThat(ids).as("distinct ids").hasSize(WRITERS);
        assertThat(numbers).as("every write, once").hasSize(WRITERS);
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
