package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.TcpServer;
import httpfromscratch.staticfiles.DemoSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Step 5's app over a real socket, as {@code main} wires it: routes inside the standard stack. */
class MiddlewareServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private static TcpServer server;

    @BeforeAll
    static void start() throws IOException {
        HttpConnectionHandler http = new HttpConnectionHandler(
                Main.app(ApiRoutes.create(DemoSite.directory()), MiddlewareStack.Config.demo("secret"), LOG::add), Limits.DEFAULTS, JsonErrors.RESPONDER);
        server = TcpServer.bind(0, http).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).timeout(TIMEOUT);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
    }

    @Test
    void refusesTheApiWithoutAToken() throws Exception {
        HttpResponse<byte[]> response = send(request("/api/data"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"error\":\"Unauthorized\"");
    }

    @Test
    void servesTheApiWithTheToken() throws Exception {
        HttpResponse<byte[]> response = send(request("/api/data").header("Authorization", "Bearer secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(ApiRoutes.DATA);
    }

    @Test
    void sendsGzipToAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> response = send(request("/api/data")
                .header("Authorization", "Bearer secret")
                .header("Accept-Encoding", "gzip"));

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        try (InputStream gunzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(gunzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ApiRoutes.DATA);
        }
    }

    @Test
    void logsEachRequestUnderTheIdItsResponseCarries() throws Exception {
        HttpResponse<byte[]> response = send(request("/about?from=test"));

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(LOG).anyMatch(line -> line.startsWith(id + " GET /about?from=test 200 "));
    }
}
