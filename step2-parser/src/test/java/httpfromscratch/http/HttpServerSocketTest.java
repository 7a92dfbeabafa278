package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What only the wire shows: a real {@link TcpServer} on a free loopback port, spoken to by the
 * JDK's HTTP client, or by step 2's own client, which sends exactly the bytes under test.
 */
class HttpServerSocketTest {

    private TcpServer server;

    private void start(Handler handler) throws IOException {
        start(new HttpConnectionHandler(handler));
    }

    private void start(HttpConnectionHandler connectionHandler) throws IOException {
        server = TcpServer.bind(0, connectionHandler).start();
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private ClientConnection connect() throws IOException {
        return ClientConnection.connect(server.port());
    }

    /** A response, and the request that led to it, both shown so that a failure says what happened. */
    private record Answer(ClientResponse response, String shown) {

        static Answer of(String sent, ClientResponse response) {
            return new Answer(response, "sent " + Wire.escape(sent) + "\n  received " + response + " "
                    + Wire.escape(response.body()));
        }
    }

    /**
     * Sends {@code request} exactly as written, in one write, reads the response with step 2's own
     * client, and checks that the server then closes: one request per connection, nothing after the response.
     */
    private Answer send(String request) throws IOException {
        try (ClientConnection connection = connect()) {
            ClientResponse response = connection.send(request).read(request.startsWith("HEAD ") ? "HEAD" : "GET");
            Answer answer = Answer.of(request, response);
            assertThat(connection.serverClosed()).as("closed right after the response: %s", answer.shown()).isTrue();
            return answer;
        }
    }

    private void assertStillServes() throws IOException {
        Answer next = send("GET /still-there HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(next.response().status()).as("the same server answers the next request: %s", next.shown())
                .isEqualTo(200);
        assertThat(next.response().bodyText()).as(next.shown()).contains("path:    /still-there");
    }

    // --- through java.net.http.HttpClient

    @Test
    void answersGetFromHttpClientWithWhatItParsed() throws Exception {
        start(new InspectorHandler());

        try (HttpClient client = client()) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(uri("/hello/w%C3%B6rld?name=ada&name=grace&x=a+b"))
                            .header("X-Custom", "custom value").build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            assertThat(response.headers().firstValue("Connection")).hasValue("close");
            assertThat(response.headers().firstValue("Date")).hasValueSatisfying(
                    date -> assertThat(HttpDate.parse(date)).isPresent());
            assertThat(response.body()).contains(
                    "method:  GET\n",
                    "target:  /hello/w%C3%B6rld?name=ada&name=grace&x=a+b\n",
                    "path:    /hello/wörld\n",
                    "query:   {name=[ada, grace], x=[a b]}\n",
                    "version: HTTP/1.1\n",
                    "  X-Custom: custom value\n",
                    "body:    0 bytes\n");
            assertThat(response.body()).containsPattern("(?i)  host: localhost:" + server.port() + "\n");
        }
    }

    @Test
    void answersPostFromHttpClientWithItsBody() throws Exception {
        start(new InspectorHandler());
        String body = "{\"name\": \"Zoë\", \"emoji\": \"✓\"}";

        try (HttpClient client = client()) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(uri("/data"))
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains(
                    "method:  POST\n",
                    "path:    /data\n",
                    "  Content-Type: application/json\n",
                    "body:    " + Wire.utf8(body).length + " bytes\n" + body + "\n");
            assertThat(response.body()).containsPattern("(?i)  content-length: " + Wire.utf8(body).length + "\n");
        }
    }

    @Test
    void answersHttpClientThatExpectsContinueWithoutMakingItWait() throws Exception {
        start(new InspectorHandler());

        try (HttpClient client = client()) {
            var request = java.net.http.HttpRequest.newBuilder(uri("/upload"))
                    .expectContinue(true)
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))
                    .build();
            // Unanswered, the client waits 5 s for a 100 Continue before it sends the body anyway.
            var response = client.sendAsync(request, BodyHandlers.ofString()).get(3, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("method:  PUT\n", "body:    5 bytes\nhello\n");
        }
    }

    // --- exact bytes, read back with step 2's client

    @Test
    void sendsContinueOnTheWireBeforeTheClientSendsItsBody() throws IOException {
        start(new InspectorHandler());

        try (ClientConnection connection = connect()) {
            connection.send("PUT /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            ClientResponse interim = connection.readNext("PUT");
            connection.send("hello");
            ClientResponse response = connection.read("PUT");

            assertThat(interim.status()).as("the interim answer before the body").isEqualTo(100);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).contains("body:    5 bytes\nhello\n");
        }
    }

    @Test
    void refusesAnUploadOverTheLimitWithA413AndNoContinue() throws IOException {
        start(new InspectorHandler());

        try (ClientConnection connection = connect()) {
            connection.send("PUT /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                    + (Limits.MAX_BODY_BYTES + 1) + "\r\n\r\n");
            ClientResponse response = connection.readNext("PUT");

            assertThat(response.status()).as("the final status, sent instead of 100 Continue").isEqualTo(413);
            assertThat(response.reason()).isEqualTo("Content Too Large");
        }
    }

    @Test
    void writesAWellFormedResponseOnTheWire() throws IOException {
        start(new InspectorHandler());

        Answer answer = send("GET /wire HTTP/1.1\r\nHost: x\r\n\r\n");
        ClientResponse response = answer.response();

        assertThat(statusLine(response)).as(answer.shown()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(response.header("Content-Type")).as(answer.shown()).hasValue("text/plain; charset=utf-8");
        assertThat(response.header("Connection")).as(answer.shown()).hasValue("close");
        assertThat(response.header("Content-Length")).as(answer.shown()).hasValue(Integer.toString(response.body().length));
        assertThat(response.header("Date")).as(answer.shown()).hasValueSatisfying(date -> assertThat(date)
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
    }

    @ParameterizedTest
    @MethodSource
    void answersMalformedRequestWithItsStatusAndKeepsServing(String request, String statusLine, String bodyFragment)
            throws IOException {
        start(new InspectorHandler());

        Answer answer = send(request);
        ClientResponse response = answer.response();

        assertThat(statusLine(response)).as(answer.shown()).isEqualTo(statusLine);
        assertThat(response.header("Connection")).as(answer.shown()).hasValue("close");
        assertThat(response.header("Content-Type")).as(answer.shown()).hasValue("text/plain; charset=utf-8");
        assertThat(response.header("Content-Length")).as(answer.shown()).hasValue(Integer.toString(response.body().length));
        assertThat(response.bodyText()).as(answer.shown()).contains(bodyFragment).endsWith("\n");
        assertThat(response.bodyText()).as("the handler never saw it: %s", answer.shown()).doesNotContain("method:");
        assertStillServes();
    }
    static Stream<Arguments> answersMalformedRequestWithItsStatusAndKeepsServing() {
        return Stream.of(
                argumentSet("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
                        "HTTP/1.1 400 Bad Request", "whitespace between field name and ':'"),
                argumentSet("empty field name", "GET / HTTP/1.1\r\nHost: x\r\n: oops\r\n\r\n",
                        "HTTP/1.1 400 Bad Request", "field name"),
                argumentSet("missing Host", "GET / HTTP/1.1\r\n\r\n",
                        "HTTP/1.1 400 Bad Request", "missing Host header"),
                argumentSet("not HTTP at all", "hello\r\n\r\n",
                        "HTTP/1.1 400 Bad Request", "request line"),
                argumentSet("HTTP/2.0", "GET / HTTP/2.0\r\nHost: x\r\n\r\n",
                        "HTTP/1.1 505 HTTP Version Not Supported", "HTTP/1.0 and HTTP/1.1"),
                argumentSet("gzip, chunked transfer coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
                        "HTTP/1.1 501 Not Implemented", "chunked"),
                argumentSet("an expectation we cannot meet", "POST / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\nhi",
                        "HTTP/1.1 417 Expectation Failed", "100-continue"),
                argumentSet("smuggling attempt", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                        "HTTP/1.1 400 Bad Request", "both Transfer-Encoding and Content-Length"),
                argumentSet("request line too long", "GET /" + "a".repeat(Limits.MAX_REQUEST_LINE_BYTES) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                        "HTTP/1.1 414 URI Too Long", "request line longer than"),
                argumentSet("too many headers", "GET / HTTP/1.1\r\nHost: x\r\n" + "X-A: 1\r\n".repeat(Limits.MAX_HEADER_COUNT) + "\r\n",
                        "HTTP/1.1 431 Request Header Fields Too Large", "header fields"),
                argumentSet("body too large", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n",
                        "HTTP/1.1 413 Content Too Large", "body larger than"));
    }

    @Test
    void answersHeadCutShortByTheClientWith400() throws IOException {
        start(new InspectorHandler());

        try (ClientConnection connection = connect()) {
            connection.send("GET / HTTP/1.1\r\nHost: x\r\n");
            connection.shutdownOutput(); // the client is done sending: EOF in the middle of the head

            assertThat(statusLine(connection.read("GET"))).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertStillServes();
    }

    @Test
    void readsARequestSplitAcrossManyWrites() throws IOException {
        start(new InspectorHandler());
        String[] pieces = {"PO", "ST /spl", "it HTTP/1.1\r", "\nHo", "st: x\r\nContent-Le", "ngth: 11\r\n", "\r", "\nhello", " world"};

        try (ClientConnection connection = connect()) {
            for (String piece : pieces) {
                connection.send(piece); // each piece leaves as its own segment (the client sets TCP_NODELAY)
            }
            ClientResponse response = connection.read("POST");

            assertThat(statusLine(response)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(response.bodyText())
                    .contains("method:  POST\n", "path:    /split\n", "body:    11 bytes\nhello world\n");
        }
    }

    @Test
    void readsABodyThatArrivesAfterTheHead() throws IOException {
        start(new InspectorHandler());

        try (ClientConnection connection = connect()) {
            connection.send("POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab");
            connection.send("cd");

            assertThat(connection.read("POST").bodyText()).contains("body:    4 bytes\nabcd\n");
        }
    }

    @Test
    void answersHandlerFailureWith500WithoutLeakingTheMessage() throws IOException {
        start(request -> {
            throw new IllegalStateException("secret database password is hunter2");
        });

        Answer answer = send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(statusLine(answer.response())).as(answer.shown()).isEqualTo("HTTP/1.1 500 Internal Server Error");
        assertThat(answer.response().body()).as(answer.shown()).isNotEmpty();
        assertThat(answer.response().headers() + answer.response().bodyText()).as(answer.shown())
                .doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(answer.response().header("Connection")).hasValue("close");
    }

    @Test
    void answersHandlerIoFailureWith500() throws IOException {
        start(request -> {
            throw new IOException("disk on fire");
        });

        Answer answer = send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(statusLine(answer.response())).as(answer.shown()).isEqualTo("HTTP/1.1 500 Internal Server Error");
        assertThat(answer.response().bodyText()).doesNotContain("disk on fire");
    }

    @Test
    void answersHttpExceptionFromHandlerWithItsStatus() throws IOException {
        start(request -> {
            throw new HttpException(404, "no page at " + request.path());
        });

        Answer answer = send("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(statusLine(answer.response())).as(answer.shown()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(answer.response().bodyText()).as(answer.shown()).isEqualTo("no page at /missing\n");
    }

    @Test
    void answersHeadWithHeadersButNoBody() throws IOException {
        start(request -> HttpResponse.text(200, "a body HEAD must not see"));

        // send() also checks that the server closes right after the head: no body bytes follow.
        ClientResponse get = send("GET /page HTTP/1.1\r\nHost: x\r\n\r\n").response();
        ClientResponse head = send("HEAD /page HTTP/1.1\r\nHost: x\r\n\r\n").response();

        assertThat(statusLine(head)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.header("Content-Length")).hasValue("24");
        assertThat(head.header("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get.bodyText()).isEqualTo("a body HEAD must not see");
        assertThat(get.headers().without("Date")).as("GET and HEAD have the same headers")
                .isEqualTo(head.headers().without("Date"));
    }

    @Test
    void answersSilentClientWith408WithinTheHeaderTimeout() throws IOException {
        Duration timeout = Duration.ofMillis(200);
        start(new HttpConnectionHandler(new InspectorHandler(), Limits.DEFAULTS.withHeaderTimeout(timeout),
                ErrorResponder.PLAIN_TEXT));

        try (ClientConnection connection = connect()) {
            long started = System.nanoTime();
            ClientResponse response = connection.read("GET");
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(statusLine(response)).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(response.header("Connection")).hasValue("close");
            assertThat(waited).as("waited for the header timeout, not for the client's").isBetween(
                    timeout.minusMillis(50), ClientConnection.READ_TIMEOUT.minusSeconds(1));
        }
        assertStillServes();
    }

    @Test
    void answersClientThatStopsMidHeadWith408() throws IOException {
        start(new HttpConnectionHandler(new InspectorHandler(),
                Limits.DEFAULTS.withHeaderTimeout(Duration.ofMillis(200)), ErrorResponder.PLAIN_TEXT));

        try (ClientConnection connection = connect()) {
            connection.send("GET / HTTP/1.1\r\nHost: x\r\n");

            assertThat(statusLine(connection.read("GET"))).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
    }

    @Test
    void survivesAClientThatConnectsAndClosesAtOnce() throws IOException {
        start(new InspectorHandler());

        try (ClientConnection connection = connect()) {
            connection.shutdownOutput();
            assertThat(connection.serverClosed()).as("no request, no response").isTrue();
        }
        new Socket(InetAddress.getLoopbackAddress(), server.port()).close();

        assertStillServes();
    }

    @Test
    void survivesAClientThatResetsTheConnection() throws IOException {
        start(new InspectorHandler());

        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.getOutputStream().write(Wire.bytes("GET / HTTP/1.1\r\nHo"));
        socket.setSoLinger(true, 0); // close with RST instead of FIN
        socket.close();

        assertStillServes();
    }

    @Test
    void answersEachOfSeveralClientsInTurn() throws IOException {
        start(new InspectorHandler());

        for (int i = 0; i < 5; i++) {
            Answer answer = send("GET /n/" + i + " HTTP/1.0\r\n\r\n");
            assertThat(answer.response().bodyText()).as(answer.shown()).contains("path:    /n/" + i + "\n");
        }
    }

    /** {@code HTTP/1.1 404 Not Found}: the status line as it came, rebuilt from its three parts. */
    private static String statusLine(ClientResponse response) {
        return response.version() + " " + response.status() + " " + response.reason();
    }
}
