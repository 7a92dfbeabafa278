package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests and responses are values: equal by content, arrays included, and readable when printed. */
class ClientValuesTest {

    private static final ClientRequest REQUEST = ClientRequest.of("POST", "/echo")
            .withHeader("Content-Type", "text/plain").withBody(Wire.bytes("hi"));

    private static final ClientResponse RESPONSE = new ClientResponse("HTTP/1.1", 200, "OK",
            Headers.of("Content-Length", "2"), Wire.bytes("hi"));

    @Test
    void requestsWithTheSameContentAreEqual() {
        ClientRequest same = ClientRequest.of("POST", "/echo")
                .withHeader("Content-Type", "text/plain").withBody(Wire.bytes("hi"));

        assertThat(same).isEqualTo(REQUEST).hasSameHashCodeAs(REQUEST);
    }

    @Test
    void requestsDifferingInAnyPartAreNotEqual() {
        assertThat(REQUEST)
                .isNotEqualTo(new ClientRequest("PUT", "/echo", "HTTP/1.1", REQUEST.headers(), REQUEST.body()))
                .isNotEqualTo(new ClientRequest("POST", "/other", "HTTP/1.1", REQUEST.headers(), REQUEST.body()))
                .isNotEqualTo(REQUEST.withVersion("HTTP/1.0"))
                .isNotEqualTo(REQUEST.withHeader("X-More", "1"))
                .isNotEqualTo(REQUEST.withBody(Wire.bytes("ho")))
                .isNotEqualTo("POST /echo")
                .isNotEqualTo(null);
    }

    @Test
    void aRequestPrintsItsRequestLineAndBodySize() {
        assertThat(REQUEST.toString()).contains("POST", "/echo", "HTTP/1.1", "Content-Type", "2 body bytes");
    }

    @Test
    void responsesWithTheSameContentAreEqual() {
        ClientResponse same = new ClientResponse("HTTP/1.1", 200, "OK",
                Headers.of("Content-Length", "2"), Wire.bytes("hi"));

        assertThat(same).isEqualTo(RESPONSE).hasSameHashCodeAs(RESPONSE);
    }

    @Test
    void responsesDifferingInAnyPartAreNotEqual() {
        Headers headers = RESPONSE.headers();
        byte[] body = RESPONSE.body();
        assertThat(RESPONSE)
                .isNotEqualTo(new ClientResponse("HTTP/1.0", 200, "OK", headers, body))
                .isNotEqualTo(new ClientResponse("HTTP/1.1", 201, "OK", headers, body))
                .isNotEqualTo(new ClientResponse("HTTP/1.1", 200, "Fine", headers, body))
                .isNotEqualTo(new ClientResponse("HTTP/1.1", 200, "OK", Headers.of("Content-Length", "3"), body))
                .isNotEqualTo(new ClientResponse("HTTP/1.1", 200, "OK", headers, Wire.bytes("ho")))
                .isNotEqualTo("HTTP/1.1 200 OK")
                .isNotEqualTo(null);
    }

    @Test
    void aResponsePrintsItsStatusLineAndBodySize() {
        assertThat(RESPONSE.toString()).contains("HTTP/1.1", "200", "OK", "Content-Length", "2 body bytes");
    }

    @Test
    void parsedRequestsDifferingInAnyPartAreNotEqual() {
        HttpRequest request = HttpRequest.of("POST", "/echo", Headers.of("Host", "x"), Wire.bytes("hi"));

        assertThat(HttpRequest.of("POST", "/echo", Headers.of("Host", "x"), Wire.bytes("hi")))
                .isEqualTo(request).hasSameHashCodeAs(request);
        assertThat(request)
                .isNotEqualTo(HttpRequest.of("PUT", "/echo", Headers.of("Host", "x"), Wire.bytes("hi")))
                .isNotEqualTo(HttpRequest.of("POST", "/other", Headers.of("Host", "x"), Wire.bytes("hi")))
                .isNotEqualTo(new HttpRequest("POST", "/echo", request.path(), request.query(), "HTTP/1.0",
                        request.headers(), request.body(), request.pathParameters()))
                .isNotEqualTo(HttpRequest.of("POST", "/echo", Headers.of("Host", "y"), Wire.bytes("hi")))
                .isNotEqualTo(HttpRequest.of("POST", "/echo", Headers.of("Host", "x"), Wire.bytes("ho")))
                .isNotEqualTo(request.withPathParameters(Map.of("name", "ada")))
                .isNotEqualTo("POST /echo");
        assertThat(request.toString()).contains("POST", "/echo", "Host", "2 body bytes");
    }

    @Test
    void headersPrintTheirFields() {
        assertThat(Headers.of("Host", "x").toString()).contains("Host", "x");
        assertThat(Headers.of("Host", "x")).isNotEqualTo("Host: x");
    }
}
