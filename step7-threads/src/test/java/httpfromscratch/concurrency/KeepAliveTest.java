package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keep-alive decision, on values in memory (RFC 9112 §9.3). */
class KeepAliveTest {

    @Test
    void readsConnectionOptionsAsACaseInsensitiveListOverSeveralLines() {
        Headers headers = Headers.of("Connection", "Keep-Alive, Upgrade", "connection", " ,TE ,");

        assertThat(KeepAlive.connectionOptions(headers)).containsExactlyInAnyOrder("keep-alive", "upgrade", "te");
    }

    @ParameterizedTest(name = "{0} with Connection: ''{1}'' → keep open: {2}")
    @CsvSource({
        "HTTP/1.1, '',                 true",
        "HTTP/1.1, close,              false",
        "HTTP/1.1, Close,              false",
        "HTTP/1.1, 'keep-alive, close', false",
        "HTTP/1.1, upgrade,            true",
        "HTTP/1.0, '',                 false",
        "HTTP/1.0, keep-alive,         true",
        "HTTP/1.0, Keep-Alive,         true",
        "HTTP/1.0, 'keep-alive, close', false",
    })
    void decidesFromTheVersionAndTheConnectionHeader(String version, String connection, boolean keepOpen) {
        Headers headers = connection.isEmpty() ? Headers.empty() : Headers.of("Connection", connection);
        HttpRequest request = new HttpRequest("GET", "/", "/", Map.of(), version, headers, new byte[0], Map.of());

        assertThat(KeepAlive.requestAllows(request)).isEqualTo(keepOpen);
    }

    @Test
    void letsAHandlerCloseTheConnection() {
        HttpResponse closing = HttpResponse.text(Status.OK, "bye").withHeader("Connection", "close");

        assertThat(KeepAlive.responseAllows(closing)).isFalse();
        assertThat(KeepAlive.responseAllows(HttpResponse.text(Status.OK, "hi"))).isTrue();
    }

    @Test
    void announcesCloseAndAnswersHttp10KeepAliveInKind() {
        HttpResponse response = HttpResponse.text(Status.OK, "hi");

        assertThat(KeepAlive.announce(response, "HTTP/1.1", false).headers().first("Connection")).contains("close");
        assertThat(KeepAlive.announce(response, "HTTP/1.0", true).headers().first("Connection")).contains("keep-alive");
        assertThat(KeepAlive.announce(response, "HTTP/1.1", true).headers().contains("Connection")).isFalse();
    }

    @ParameterizedTest(name = "{0} with Transfer-Encoding: {1} → framing allows reuse: {2}")
    @CsvSource({
        "HTTP/1.0, true,  false",
        "HTTP/1.0, false, true",
        "HTTP/1.1, true,  true",
    })
    void closesAfterAnHttp10RequestWithTransferEncoding(String version, boolean chunked, boolean allows) {
        Headers headers = chunked ? Headers.of("Transfer-Encoding", "chunked") : Headers.empty();
        HttpRequest request = new HttpRequest("POST", "/", "/", Map.of(), version, headers, new byte[0], Map.of());

        assertThat(KeepAlive.framingAllows(request)).isEqualTo(allows);
    }
}
