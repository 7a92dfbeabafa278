package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The answer to HEAD has the headers of a GET and no body (RFC 9110 §9.3.2). On a persistent
 * connection a body sent anyway would be read as the start of the next response.
 */
class HeadOnAPersistentConnectionTest {

    @Test
    void aHeadAnswerCarriesNoBodySoTheNextAnswerStartsRightAfterIt() throws IOException {
        String word = "the body a HEAD answer leaves out";
        Router router = new Router().get("/word", request -> HttpResponse.text(Status.OK, word));
        try (ConcurrentServer server = ConcurrentServer.bind(0, router, ServerSettings.DEFAULTS).start();
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.setSoTimeout(10_000);
            client.getOutputStream().write(("HEAD /word HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /word HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            String both = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(both).as("HEAD then GET on one connection").startsWith("HTTP/1.1 200 ");
            String afterHead = both.substring(both.indexOf("\r\n\r\n") + 4);
            assertThat(afterHead).as("right after the HEAD answer's head comes the GET's status line, not a body")
                    .startsWith("HTTP/1.1 200 ");
            assertThat(afterHead).endsWith(word);
        }
    }
}
