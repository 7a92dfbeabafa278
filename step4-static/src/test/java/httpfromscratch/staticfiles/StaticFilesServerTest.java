package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Step 4's server through a real socket. The traversal attempts go through step 2's client, byte
 * for byte, because curl and HttpClient would tidy {@code /static/../} away before sending it.
 */
class StaticFilesServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    static Path parent;

    private static TestSite site;
    private static boolean linkMade;
    private static TcpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.create(parent);
        try {
            // A link inside the root to the sibling folder whose name starts with the root's.
            Files.createSymbolicLink(site.root().resolve("peek"), Path.of("..", "static-secret"));
            linkMade = true;
        } catch (IOException | UnsupportedOperationException e) {
            linkMade = false;
        }
        server = TcpServer.bind(0, new HttpConnectionHandler(
                StaticRoutes.create(site.root()), Limits.DEFAULTS, JsonErrors.RESPONDER)).start();
        client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        server.close();
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
        "/static/../secret.txt",
        "/static/docs/../../secret.txt",
        "/static/../static-secret/secret.txt",
        "/static/%2e%2e/secret.txt",
        "/static/%2E%2E/secret.txt",
        "/static/.%2e/secret.txt",
        "/static/..%2fsecret.txt",
        "/static/%2e%2e%2fsecret.txt",
        "/static/%2e%2e%2f%2e%2e%2fstatic-secret%2fsecret.txt",
        "/static/..\\secret.txt",
        "/static/..%5csecret.txt",
        "/static/%2e%2e%5csecret.txt",
        "/static/{absolute}",
        "/static/%2f{absolute-encoded}",
        "/static/..%00/secret.txt",
        "/static/%252e%252e/secret.txt",
        "/static/..%252fsecret.txt",
        "/static/%c0%ae%c0%ae/secret.txt",
        "/static/..;/secret.txt",
    })
    void noTrickReadsAFileOutsideTheRoot(String attempt) throws IOException {
        String target = attempt
                .replace("{absolute}", site.secretNextToRoot().toString())
                .replace("{absolute-encoded}", site.secretNextToRoot().toString().replace("/", "%2f"));

        ClientResponse response = get(target);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyText()).doesNotContain(TestSite.SECRET).doesNotContain(site.root().toString());
        assertThat(response.headers().toString()).doesNotContain(site.root().toString());
    }

    @Test
    void aLinkIntoTheSiblingFolderIsRefused() throws IOException {
        Assumptions.assumeTrue(linkMade, "symbolic links can't be made here");

        ClientResponse response = get("/static/peek/secret.txt");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyText()).doesNotContain(TestSite.SECRET);
    }

    @Test
    void aNulByteCannotCutAFileNameShort() throws IOException {
        // In C, "style.css\0.txt" is "style.css"; here it is no file at all.
        assertThat(get("/static/style.css%00.txt").status()).isEqualTo(404);
    }

    @Test
    void servesTheIndexPageToARealClient() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/static/")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo(TestSite.INDEX_HTML);
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/static/docs")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/static/docs/");
    }

    @Test
    void headSendsTheHeadersOfGetAndNoBody() throws IOException {
        ClientResponse get = get("/static/style.css");
        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            ClientResponse head = connection.exchange(ClientRequest.of("HEAD", "/static/style.css"));

            assertThat(head.headers().without("Date")).isEqualTo(get.headers().without("Date"));
            assertThat(head.header("Content-Length")).hasValue(Integer.toString(TestSite.STYLE_CSS.length()));
            assertThat(connection.serverClosed()).as("the connection ends right after the head: no body").isTrue();
        }
        assertThat(get.bodyText()).isEqualTo(TestSite.STYLE_CSS);
    }

    @Test
    void a304OnTheWireHasNoBody() throws IOException {
        String etag = get("/static/style.css").header("ETag").orElseThrow();

        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            ClientResponse response = connection.exchange(
                    ClientRequest.get("/static/style.css").withHeader("If-None-Match", etag));

            assertThat(response.status()).isEqualTo(304);
            assertThat(response.header("ETag")).hasValue(etag);
            assertThat(response.header("Last-Modified")).isPresent();
            assertThat(response.header("Content-Length")).isEmpty();
            assertThat(connection.serverClosed()).as("the connection ends right after the head: no body").isTrue();
        }
    }

    /**
     * GETs {@code target} over a socket of our own: curl and HttpClient would tidy {@code /static/../}
     * away before sending it, this client sends the target exactly as written.
     */
    private static ClientResponse get(String target) throws IOException {
        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            return connection.exchange(ClientRequest.get(target));
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
