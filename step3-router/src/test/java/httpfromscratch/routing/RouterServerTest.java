package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Step 3's server through a real socket, as curl and a browser would see it. */
class RouterServerTest {

    private static TcpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = TcpServer.bind(0,
                new HttpConnectionHandler(DemoRoutes.create(), Limits.DEFAULTS, JsonErrors.RESPONDER)).start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void servesEchoToJavaHttpClient() throws Exception {
        HttpResponse<String> response = get("/echo?msg=hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void servesUserWithItsPathParameter() throws Exception {
        assertThat(get("/user/grace").body()).isEqualTo("Hello, grace!\n");
    }

    @Test
    void unknownPathIsA404WithJson() throws Exception {
        HttpResponse<String> response = get("/missing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("\"path\":\"/missing\"");
    }

    @Test
    void wrongMethodIsA405WithAllow() throws Exception {
        HttpResponse<String> response = client.send(
                java.net.http.HttpRequest.newBuilder(uri("/about")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void headGetsTheHeadersOfGetAndNoBody() throws Exception {
        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            ClientResponse response = connection.exchange(ClientRequest.of("HEAD", "/about"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Length"))
                    .hasValue(Integer.toString(DemoRoutes.ABOUT.getBytes(StandardCharsets.UTF_8).length));
            assertThat(connection.serverClosed()).as("the connection ends right after the head: no body").isTrue();
        }
    }

    @Test
    void malformedRequestGetsAJson400AndTheServerKeepsServing() throws Exception {
        ClientResponse response = exchange("GET /about HTTP/1.1\r\nHost : localhost\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValue("application/json");
        assertThat(response.bodyText()).contains("\"error\":\"Bad Request\"");
        assertThat(get("/about").statusCode()).isEqualTo(200);
    }

    @Test
    void unsupportedVersionIsA505() throws Exception {
        assertThat(exchange("GET / HTTP/2.0\r\nHost: localhost\r\n\r\n").status()).isEqualTo(505);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    /** Sends {@code request} exactly as written, with step 2's client, and reads the response. */
    private static ClientResponse exchange(String request) throws IOException {
        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            return connection.send(request).read("GET");
        }
    }
}
