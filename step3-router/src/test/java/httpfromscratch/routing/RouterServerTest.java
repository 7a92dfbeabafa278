package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
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
        String wire = exchange("HEAD /about HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(wire).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(wire).contains("Content-Length: " + DemoRoutes.ABOUT.getBytes(StandardCharsets.UTF_8).length + "\r\n");
        assertThat(wire).endsWith("\r\n\r\n");
    }

    @Test
    void malformedRequestGetsAJson400AndTheServerKeepsServing() throws Exception {
        String wire = exchange("GET /about HTTP/1.1\r\nHost : localhost\r\n\r\n");

        assertThat(wire).startsWith("HTTP/1.1 400 Bad Request\r\n");
        assertThat(wire).contains("Content-Type: application/json\r\n");
        assertThat(wire).contains("\"error\":\"Bad Request\"");
        assertThat(get("/about").statusCode()).isEqualTo(200);
    }

    @Test
    void unsupportedVersionIsA505() throws Exception {
        assertThat(exchange("GET / HTTP/2.0\r\nHost: localhost\r\n\r\n"))
                .startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    /** Sends raw bytes and returns everything the server answered before closing. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
