package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HelloWorldServerTest {

    @Test
    void javaHttpClientAcceptsTheHandWrittenResponse() throws Exception {
        try (TcpServer server = TcpServer.bind(0, new HelloWorldHandler()).start();
                HttpClient client = HttpClient.newHttpClient()) {
            // A server that never answers fails this test in seconds, not at the build's 20 s timeout.
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/"))
                            .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Hello, World!\n");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        }
    }

    @Test
    void contentLengthCountsTheBodyBytes() {
        String response = HelloWorldHandler.response(HelloWorldHandler.BODY);
        int headEnd = response.indexOf("\r\n\r\n");
        String body = response.substring(headEnd + 4);

        assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(response.substring(0, headEnd))
                .contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void skipsTheRequestHeadAndNothingAfterIt() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(
                "GET / HTTP/1.1\r\nHost: x\r\n\r\nleftover".getBytes(StandardCharsets.US_ASCII));

        HelloWorldHandler.skipRequestHead(in);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("leftover");
    }

    @Test
    void findsTheEndOfTheHeadAfterAStrayCarriageReturn() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(
                "GET / HTTP/1.1\r\nX: a\r\r\n\r\nrest".getBytes(StandardCharsets.US_ASCII));

        HelloWorldHandler.skipRequestHead(in);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("rest");
    }
}
