package httpfromscratch.json;

import static httpfromscratch.json.ErrorShape.assertErrorShape;
import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way this server says no, in the one JSON shape: the router's 404 and 405, step 5's 401 and
 * 500, the JSON gates' 400, 415 and 422, a resource's 404, and the parser's 4xx and 5xx before
 * there is any request, through a real socket.
 */
class ErrorShapeTest {

    /** What the handler behind /boom throws: it must end up in the log, never in the response. */
    private static final String SECRET = "database password is hunter2";

    private static TestApp app;
    private static TcpServer server;

    @BeforeAll
    static void start() throws IOException {
        app = new TestApp(TestApp.routes().get("/boom", request -> {
            throw new IllegalStateException(SECRET);
        }));
        server = TcpServer.bind(0, Main.http(app.handler)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("router: no such path", HttpRequest.of("GET", "/nope"), 404),
                Arguments.of("router: no such method", HttpRequest.of("PATCH", "/data"), 405),
                Arguments.of("step 5 auth: no token", HttpRequest.of("GET", "/api/data"), 401),
                Arguments.of("step 5 errors: a handler failed", HttpRequest.of("GET", "/boom"), 500),
                Arguments.of("json: no body", Requests.json("POST", "/data", ""), 400),
                Arguments.of("json: not JSON", Requests.json("POST", "/data", "{\"a\":"), 400),
                Arguments.of("json: not application/json", Requests.withContentType("POST", "/data", "text/plain", "{}"), 415),
                Arguments.of("json: not an object", Requests.json("PUT", "/data/1", "[]"), 422),
                Arguments.of("json: wrong type", Requests.json("POST", "/users", "{\"name\":1}"), 422),
                Arguments.of("validation", Requests.json("POST", "/users", "{\"name\":\"\",\"email\":\"x\"}"), 422),
                Arguments.of("resource: no such item", HttpRequest.of("GET", "/data/42"), 404),
                Arguments.of("step 3 route: missing parameter", HttpRequest.of("GET", "/echo"), 400));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("refusals")
    void everyErrorHasTheOneShape(String what, HttpRequest request, int status) {
        HttpResponse response = app.handle(request);

        assertThat(response.status()).isEqualTo(status);
        assertErrorShape(status, response.headers().first("Content-Type").orElse(null), response.bodyText(), request.path());
    }

    @Test
    void fieldsComeOnlyWithValidation() {
        HttpResponse response = app.handle(Requests.json("POST", "/users", "{\"name\":\"\",\"email\":\"x\"}"));

        assertThat(TestApp.body(response).get("fields").propertyNames()).containsExactly("name", "email");
        assertThat(TestApp.body(app.handle(HttpRequest.of("GET", "/nope"))).has("fields")).isFalse();
    }

    @Test
    void a500SaysNothingAboutWhatFailed() {
        HttpResponse response = app.handle(HttpRequest.of("GET", "/boom"));

        assertThat(response.bodyText()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(String.join("\n", app.log)).contains(SECRET);
    }

    @Test
    void a415SaysWhatWouldHaveBeenAccepted() {
        HttpResponse response = app.handle(Requests.withContentType("POST", "/data", "text/plain", "{}"));

        assertThat(response.headers().first("Accept-Post")).contains("application/json");
    }

    @Test
    void isTheShapeStep3AlreadyWrote() {
        HttpResponse ours = ApiErrors.response(404, "no item with id 7", "/data/7", Map.of());
        HttpResponse step3s = JsonErrors.response(404, "no item with id 7", "/data/7");

        assertThat(ours.bodyText()).isEqualTo(step3s.bodyText());
        assertThat(ours.headers().first("Content-Type")).isEqualTo(step3s.headers().first("Content-Type"));
        // Like every answer of the API, and unlike step 3's, an error is not to be cached: a 404
        // for /data/7 must not outlive the creation of item 7.
        assertThat(ours.headers().first("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a401KeepsItsChallenge() {
        HttpResponse response = app.handle(HttpRequest.of("GET", "/api/data", Headers.of("Host", "localhost",
                "Authorization", "Bearer wrong"), new byte[0]));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().first("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no Host                 | GET / HTTP/1.1\\r\\n\\r\\n                              | 400",
        "space before the colon  | GET / HTTP/1.1\\r\\nHost : x\\r\\n\\r\\n               | 400",
        "HTTP/2.0 on a text wire | GET / HTTP/2.0\\r\\nHost: x\\r\\n\\r\\n                | 505",
        "Content-Length of abc   | POST /data HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: abc\\r\\n\\r\\n | 400"})
    void theParsersErrorsHaveTheShapeWithoutAPath(String what, String request, int status) throws IOException {
        ClientResponse response = exchange(request.replace("\\r\\n", "\r\n"));

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValue("application/json");
        assertErrorShape(status, "application/json", response.bodyText(), null);
    }

    /** Sends raw bytes with step 2's client, says "that is all" (so the server need not wait for more), and reads the answer. */
    private static ClientResponse exchange(String request) throws IOException {
        try (ClientConnection connection = ClientConnection.connect(server.port())) {
            connection.send(request).shutdownOutput();
            return connection.read("GET");
        }
    }
}
