package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client: requests written byte for byte, responses read in order, over memory and over a socket. */
@Timeout(20)
class ClientConnectionTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    private ClientConnection over(String received) {
        return ClientConnection.over(new ByteArrayInputStream(Wire.bytes(received)), sent, "example.test");
    }

    @Test
    void writesAGetWithHostAndNothingElse() throws IOException {
        over("").send(ClientRequest.get("/hello?name=world"));

        assertThat(Wire.text(sent.toByteArray())).isEqualTo("GET /hello?name=world HTTP/1.1\r\nHost: example.test\r\n\r\n");
    }

    @Test
    void writesABodyWithItsContentLengthInBytes() throws IOException {
        over("").send(ClientRequest.of("POST", "/data").withBody("application/json", "{\"name\":\"é\"}"));

        assertThat(sent.toByteArray()).containsExactly(Wire.concat(Wire.bytes("""
                POST /data HTTP/1.1\r
                Host: example.test\r
                Content-Type: application/json\r
                Content-Length: 13\r
                \r
                """), Wire.utf8("{\"name\":\"é\"}")));
    }

    @Test
    void sendsContentLengthZeroForAnEmptyPostButNotForAGet() throws IOException {
        over("").send(ClientRequest.of("POST", "/data")).send(ClientRequest.of("DELETE", "/data/1"));

        assertThat(Wire.text(sent.toByteArray())).isEqualTo(
                "POST /data HTTP/1.1\r\nHost: example.test\r\nContent-Length: 0\r\n\r\n"
                        + "DELETE /data/1 HTTP/1.1\r\nHost: example.test\r\n\r\n");
    }

    @Test
    void keepsTheCallersHostAndFramingAndVersion() throws IOException {
        ClientRequest request = ClientRequest.of("POST", "/up").withVersion("HTTP/1.0")
                .withHeader("Host", "other.test").withHeader("Transfer-Encoding", "chunked")
                .withBody(Wire.bytes("2\r\nhi\r\n0\r\n\r\n"));

        over("").send(request);

        assertThat(Wire.text(sent.toByteArray())).isEqualTo(
                "POST /up HTTP/1.0\r\nHost: other.test\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n");
    }

    @Test
    void sendsRawTextExactlyAsWritten() throws IOException {
        over("").send("GET / HTTP/1.1\r\nHost : x\r\n\r\n");

        assertThat(Wire.text(sent.toByteArray())).isEqualTo("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    }

    @Test
    void exchangeSendsThenReadsTheResponse() throws IOException {
        ClientResponse response = over("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi").exchange(ClientRequest.get("/"));

        assertThat(response.bodyText()).isEqualTo("hi");
        assertThat(Wire.text(sent.toByteArray())).startsWith("GET / HTTP/1.1\r\n");
    }

    @Test
    void readSkipsInterimResponsesAndReturnsTheFinalOne() throws IOException {
        ClientConnection connection = over("""
                HTTP/1.1 100 Continue\r
                \r
                HTTP/1.1 103 Early Hints\r
                Link: </style.css>; rel=preload\r
                \r
                HTTP/1.1 201 Created\r
                Content-Length: 4\r
                \r
                done""");

        ClientResponse response = connection.read("POST");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.bodyText()).isEqualTo("done");
    }

    @Test
    void readNextSurfacesA100ContinueBeforeTheFinalResponse() throws IOException {
        ClientConnection connection = over("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        ClientResponse interim = connection.readNext("POST");
        ClientResponse last = connection.readNext("POST");

        assertThat(interim.status()).isEqualTo(100);
        assertThat(interim.isInterim()).isTrue();
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.isInterim()).isFalse();
    }

    @Test
    void readsPipelinedResponsesInOrderThenSeesTheServerClose() throws IOException {
        ClientConnection connection = over("""
                HTTP/1.1 200 OK\r
                Content-Length: 3\r
                \r
                oneHTTP/1.1 200 OK\r
                Content-Length: 5\r
                \r
                HTTP/1.1 404 Not Found\r
                Transfer-Encoding: chunked\r
                \r
                5\r
                three\r
                0\r
                \r
                """);

        assertThat(connection.read("GET").bodyText()).isEqualTo("one");
        assertThat(connection.read("HEAD").body()).as("HEAD: Content-Length but no body").isEmpty();
        assertThat(connection.read("GET").bodyText()).isEqualTo("three");
        assertThat(connection.serverClosed()).isTrue();
    }

    @Test
    void refusesToReadWhenTheServerClosedInsteadOfAnswering() {
        assertThatThrownBy(() -> over("").read("GET"))
                .isInstanceOf(BadResponseException.class)
                .hasMessage("expected a status line, but the server closed the connection");
    }

    /** A server in one thread, answering two requests on one connection, then waiting to be told to close. */
    @Test
    void reusesOneSocketForSeveralRequestsAndNoticesTheClose() throws Exception {
        CountDownLatch mayClose = new CountDownLatch(1);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> answerTwiceThenClose(listener, mayClose));
            try (ClientConnection connection = ClientConnection.connect(listener.getLocalPort())) {
                assertThat(connection.exchange(ClientRequest.get("/a")).bodyText()).isEqualTo("/a");
                assertThat(connection.exchange(ClientRequest.get("/b")).bodyText()).isEqualTo("/b");

                assertThat(connection.staysOpenFor(Duration.ofMillis(100))).isTrue();
                mayClose.countDown();
                assertThat(connection.serverClosed()).isTrue();
                assertThat(connection.answersWithin(Duration.ofSeconds(5))).as("end of stream is no answer").isFalse();
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    /** Echoes each request's target as the body, using the step's own parser and writer. */
    private static void answerTwiceThenClose(ServerSocket listener, CountDownLatch mayClose) {
        try (Socket socket = listener.accept()) {
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            RequestParser parser = new RequestParser();
            for (int i = 0; i < 2; i++) {
                HttpRequest request = parser.parse(in).orElseThrow();
                ResponseWriter.write(HttpResponse.text(200, request.target()), out, true);
            }
            mayClose.await(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
