package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * JDK's HTTP client or by a raw socket that sends exactly the bytes under test.
 */
class HttpServerSocketTest {

    private static final int READ_TIMEOUT_MILLIS = 5_000;

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

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Sends {@code request} in one write and reads the whole answer, until the server closes. */
    private byte[] exchange(byte[] request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private byte[] exchange(String request) throws IOException {
        return exchange(Wire.bytes(request));
    }

    /** A raw response split into its head (up to and including CRLF CRLF) and its body. */
    private record RawResponse(String head, byte[] body, String shown) {
        static RawResponse of(byte[] sent, byte[] received) {
            String text = Wire.text(received);
            int end = text.indexOf("\r\n\r\n");
            String shown = "sent " + Wire.escape(sent) + "\n  received " + Wire.escape(received);
            assertThat(end).as("a complete head: %s", shown).isNotNegative();
            byte[] body = java.util.Arrays.copyOfRange(received, end + 4, received.length);
            return new RawResponse(text.substring(0, end + 4), body, shown);
        }

        String statusLine() {
            return head.substring(0, head.indexOf("\r\n"));
        }

        String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private RawResponse send(String request) throws IOException {
        byte[] sent = Wire.bytes(request);
        return RawResponse.of(sent, exchange(sent));
    }

    private void assertStillServes() throws IOException {
        RawResponse next = send("GET /still-there HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(next.statusLine()).as("the same server answers the next request: %s", next.shown())
                .isEqualTo("HTTP/1.1 200 OK");
        assertThat(next.bodyText()).as(next.shown()).contains("path:    /still-there");
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

    // --- raw bytes

    @Test
    void sendsContinueOnTheWireBeforeTheClientSendsItsBody() throws IOException {
        start(new InspectorHandler());

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(Wire.bytes("PUT /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
            out.flush();
            String interim = Wire.text(in.readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length()));
            out.write(Wire.bytes("hello"));
            out.flush();
            RawResponse response = RawResponse.of(new byte[0], in.readAllBytes());

            assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(response.bodyText()).as(response.shown()).contains("body:    5 bytes\nhello\n");
        }
    }

    @Test
    void refusesAnUploadOverTheLimitWithA413AndNoContinue() throws IOException {
        start(new InspectorHandler());

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(Wire.bytes("PUT /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                    + (Limits.MAX_BODY_BYTES + 1) + "\r\n\r\n"));
            out.flush();
            RawResponse response = RawResponse.of(new byte[0], socket.getInputStream().readAllBytes());

            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 413 Content Too Large");
        }
    }

    @Test
    void writesAWellFormedResponseOnTheWire() throws IOException {
        start(new InspectorHandler());

        RawResponse response = send("GET /wire HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(response.head()).as(response.shown())
                .contains("\r\nContent-Type: text/plain; charset=utf-8\r\n", "\r\nConnection: close\r\n",
                        "\r\nContent-Length: " + response.body().length + "\r\n")
                .containsPattern("\r\nDate: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\r\n");
    }

    @ParameterizedTest
    @MethodSource
    void answersMalformedRequestWithItsStatusAndKeepsServing(String request, String statusLine, String bodyFragment)
            throws IOException {
        start(new InspectorHandler());

        RawResponse response = send(request);

        assertThat(response.statusLine()).as(response.shown()).isEqualTo(statusLine);
        assertThat(response.head()).as(response.shown())
                .contains("\r\nConnection: close\r\n", "\r\nContent-Type: text/plain; charset=utf-8\r\n",
                        "\r\nContent-Length: " + response.body().length + "\r\n");
        assertThat(response.bodyText()).as(response.shown()).contains(bodyFragment).endsWith("\n");
        assertThat(response.bodyText()).as("the handler never saw it: %s", response.shown()).doesNotContain("method:");
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

        try (Socket socket = connect()) {
            byte[] sent = Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\n");
            socket.getOutputStream().write(sent);
            socket.shutdownOutput(); // the client is done sending: EOF in the middle of the head
            RawResponse response = RawResponse.of(sent, socket.getInputStream().readAllBytes());

            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertStillServes();
    }

    @Test
    void readsARequestSplitAcrossManyWrites() throws IOException {
        start(new InspectorHandler());
        String[] pieces = {"PO", "ST /spl", "it HTTP/1.1\r", "\nHo", "st: x\r\nContent-Le", "ngth: 11\r\n", "\r", "\nhello", " world"};

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            socket.setTcpNoDelay(true); // each piece leaves as its own segment
            for (String piece : pieces) {
                out.write(Wire.bytes(piece));
                out.flush();
            }
            byte[] received = socket.getInputStream().readAllBytes();
            RawResponse response = RawResponse.of(Wire.bytes(String.join("", pieces)), received);

            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(response.bodyText()).as(response.shown())
                    .contains("method:  POST\n", "path:    /split\n", "body:    11 bytes\nhello world\n");
        }
    }

    @Test
    void readsABodyThatArrivesAfterTheHead() throws IOException {
        start(new InspectorHandler());

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(Wire.bytes("POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab"));
            out.flush();
            out.write(Wire.bytes("cd"));
            out.flush();
            RawResponse response = RawResponse.of(new byte[0], in.readAllBytes());

            assertThat(response.bodyText()).as(response.shown()).contains("body:    4 bytes\nabcd\n");
        }
    }

    @Test
    void answersHandlerFailureWith500WithoutLeakingTheMessage() throws IOException {
        start(request -> {
            throw new IllegalStateException("secret database password is hunter2");
        });

        RawResponse response = send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 500 Internal Server Error");
        assertThat(response.body()).as(response.shown()).isNotEmpty();
        assertThat(response.head() + response.bodyText()).as(response.shown())
                .doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(response.head()).contains("\r\nConnection: close\r\n");
    }

    @Test
    void answersHandlerIoFailureWith500() throws IOException {
        start(request -> {
            throw new IOException("disk on fire");
        });

        RawResponse response = send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 500 Internal Server Error");
        assertThat(response.bodyText()).doesNotContain("disk on fire");
    }

    @Test
    void answersHttpExceptionFromHandlerWithItsStatus() throws IOException {
        start(request -> {
            throw new HttpException(404, "no page at " + request.path());
        });

        RawResponse response = send("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(response.bodyText()).as(response.shown()).isEqualTo("no page at /missing\n");
    }

    @Test
    void answersHeadWithHeadersButNoBody() throws IOException {
        start(request -> HttpResponse.text(200, "a body HEAD must not see"));

        RawResponse get = send("GET /page HTTP/1.1\r\nHost: x\r\n\r\n");
        RawResponse head = send("HEAD /page HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(head.statusLine()).as(head.shown()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.head()).as(head.shown()).contains("\r\nContent-Length: 24\r\n",
                "\r\nContent-Type: text/plain; charset=utf-8\r\n");
        assertThat(head.body()).as("nothing after the blank line: %s", head.shown()).isEmpty();
        assertThat(get.bodyText()).as(get.shown()).isEqualTo("a body HEAD must not see");
        assertThat(get.head().replaceAll("Date: [^\r]*", ""))
                .as("GET and HEAD have the same headers")
                .isEqualTo(head.head().replaceAll("Date: [^\r]*", ""));
    }

    @Test
    void answersSilentClientWith408WithinTheHeaderTimeout() throws IOException {
        Duration timeout = Duration.ofMillis(200);
        start(new HttpConnectionHandler(new InspectorHandler(), Limits.DEFAULTS.withHeaderTimeout(timeout),
                ErrorResponder.PLAIN_TEXT));

        try (Socket socket = connect()) {
            long started = System.nanoTime();
            byte[] received = socket.getInputStream().readAllBytes();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            RawResponse response = RawResponse.of(new byte[0], received);

            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(response.head()).as(response.shown()).contains("\r\nConnection: close\r\n");
            assertThat(waited).as("waited for the header timeout, not for the test's").isBetween(
                    timeout.minusMillis(50), Duration.ofMillis(READ_TIMEOUT_MILLIS - 1000));
        }
        assertStillServes();
    }

    @Test
    void answersClientThatStopsMidHeadWith408() throws IOException {
        start(new HttpConnectionHandler(new InspectorHandler(),
                Limits.DEFAULTS.withHeaderTimeout(Duration.ofMillis(200)), ErrorResponder.PLAIN_TEXT));

        try (Socket socket = connect()) {
            byte[] sent = Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\n");
            socket.getOutputStream().write(sent);
            RawResponse response = RawResponse.of(sent, socket.getInputStream().readAllBytes());

            assertThat(response.statusLine()).as(response.shown()).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
    }

    @Test
    void survivesAClientThatConnectsAndClosesAtOnce() throws IOException {
        start(new InspectorHandler());

        try (Socket socket = connect()) {
            socket.shutdownOutput();
            assertThat(socket.getInputStream().readAllBytes()).as("no request, no response").isEmpty();
        }
        new Socket(InetAddress.getLoopbackAddress(), server.port()).close();

        assertStillServes();
    }

    @Test
    void survivesAClientThatResetsTheConnection() throws IOException {
        start(new InspectorHandler());

        Socket socket = connect();
        socket.getOutputStream().write(Wire.bytes("GET / HTTP/1.1\r\nHo"));
        socket.setSoLinger(true, 0); // close with RST instead of FIN
        socket.close();

        assertStillServes();
    }

    @Test
    void answersEachOfSeveralClientsInTurn() throws IOException {
        start(new InspectorHandler());

        for (int i = 0; i < 5; i++) {
            RawResponse response = send("GET /n/" + i + " HTTP/1.0\r\n\r\n");
            assertThat(response.bodyText()).as(response.shown()).contains("path:    /n/" + i + "\n");
        }
    }
}
