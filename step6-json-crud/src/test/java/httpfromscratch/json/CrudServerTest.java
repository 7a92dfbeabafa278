package httpfromscratch.json;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Step 6's server over a real socket, with a real client, as {@code main} wires it. */
class CrudServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private static TcpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TcpServer.bind(0, Main.http(new TestApp().handler)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    }

    private static HttpRequest.Builder withJson(String path, String method, String json) {
        return request(path).header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    @Test
    void createsReadsUpdatesAndDeletesAnItem() throws Exception {
        HttpResponse<String> created = send(withJson("/data", "POST", "{\"title\":\"Buy milk\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Json.MAPPER.readTree(created.body()).get("id").asLong();
        assertThat(location).isEqualTo("/data/" + id);

        HttpResponse<String> read = send(request(location));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(read.body()).isEqualTo(created.body());

        HttpResponse<String> updated = send(withJson(location, "PUT", "{\"title\":\"Buy oat milk\",\"done\":true}"));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).isEqualTo("{\"id\":" + id + ",\"title\":\"Buy oat milk\",\"done\":true}\n");
        assertThat(send(request("/data")).body()).contains("\"title\":\"Buy oat milk\"");

        HttpResponse<String> deleted = send(request(location).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        HttpResponse<String> gone = send(request(location));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("\"message\":\"no item with id " + id + "\"");
    }

    @Test
    void refusesABodyWithoutContentTypeWith415() throws Exception {
        // HttpClient sends no Content-Type unless told to.
        HttpResponse<String> response = send(request("/data").POST(BodyPublishers.ofString("{\"title\":\"x\"}")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Accept-Post")).contains("application/json");
    }

    @Test
    void createsAUserAndRefusesAnInvalidOne() throws Exception {
        HttpResponse<String> invalid = send(withJson("/users", "POST", "{\"name\":\"Ada\",\"email\":\"ada.example.com\"}"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"fields\":{\"email\":\"must be an email address like ada@example.com\"}");

        HttpResponse<String> created = send(withJson("/users", "POST", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(send(request(created.headers().firstValue("Location").orElseThrow())).body()).isEqualTo(created.body());
    }

    @Test
    void stillServesTheEarlierRoutes() throws Exception {
        assertThat(send(request("/echo?msg=hello")).body()).isEqualTo("hello");
        assertThat(send(request("/")).statusCode()).isEqualTo(200);
    }
}
