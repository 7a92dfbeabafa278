package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Step 4's server through a real socket. The traversal attempts go over a raw socket, byte for
 * byte, because curl and HttpClient would tidy {@code /static/../} away before sending it.
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

        String response = RawClient.get(server.port(), target);

        assertThat(response).startsWith("HTTP/1.1 404 Not Found\r\n");
        assertThat(response).doesNotContain(TestSite.SECRET).doesNotContain(site.root().toString());
    }

    @Test
    void aLinkIntoTheSiblingFolderIsRefused() throws IOException {
        Assumptions.assumeTrue(linkMade, "symbolic links can't be made here");

        String response = RawClient.get(server.port(), "/static/peek/secret.txt");

        assertThat(response).startsWith("HTTP/1.1 404 Not Found\r\n").doesNotContain(TestSite.SECRET);
    }

    @Test
    void aNulByteCannotCutAFileNameShort() throws IOException {
        // In C, "style.css\0.txt" is "style.css"; here it is no file at all.
        assertThat(RawClient.get(server.port(), "/static/style.css%00.txt")).startsWith("HTTP/1.1 404 Not Found\r\n");
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
        String get = RawClient.get(server.port(), "/static/style.css");
        String head = RawClient.exchange(server.port(), "HEAD /static/style.css HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(withoutDate(RawClient.head(head))).isEqualTo(withoutDate(RawClient.head(get)));
        assertThat(RawClient.head(head)).contains("Content-Length: " + TestSite.STYLE_CSS.length() + "\r\n");
        assertThat(head).endsWith("\r\n\r\n");
        assertThat(RawClient.body(get)).isEqualTo(TestSite.STYLE_CSS);
    }

    @Test
    void a304OnTheWireHasNoBody() throws IOException {
        String etag = RawClient.head(RawClient.get(server.port(), "/static/style.css")).lines()
                .filter(line -> line.startsWith("ETag: "))
                .findFirst().orElseThrow().substring("ETag: ".length());

        String response = RawClient.exchange(server.port(),
                "GET /static/style.css HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 304 Not Modified\r\n");
        assertThat(response).contains("ETag: " + etag + "\r\n").contains("Last-Modified: ");
        assertThat(response).doesNotContain("Content-Length").endsWith("\r\n\r\n");
    }

    private static String withoutDate(String head) {
        return head.replaceAll("\r\nDate: [^\r]*", "");
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
