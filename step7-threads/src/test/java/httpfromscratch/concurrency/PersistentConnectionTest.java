package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persistent connections on the wire (RFC 9112 §9): several requests on one socket, in order. */
class PersistentConnectionTest {

    private ConcurrentServer server;

    @BeforeEach
    void startServer() throws IOException {
        Router router = new Router()
                .get("/hello", request -> HttpResponse.text(Status.OK, "hello"))
                .get("/bye", request -> HttpResponse.text(Status.OK, "bye").withHeader("Connection", "close"))
                .post("/echo", request -> HttpResponse.text(Status.OK, request.bodyText()));
        server = ConcurrentServer.bind(0, router, ServerSettings.DEFAULTS).start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void answersTwoRequestsOnOneConnection() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse first = client.exchange(ClientRequest.get("/hello"));
            ClientResponse second = client.exchange(ClientRequest.get("/hello"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("Connection")).isEmpty(); // HTTP/1.1 persists without saying so
            assertThat(second.bodyText()).isEqualTo("hello");
            assertThat(client.staysOpenFor(Duration.ofMillis(200))).isTrue();
        }
    }

    @Test
    void answersPipelinedRequestsInOrder() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nsecond"
                    + "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nthird\r\n0\r\n\r\n"
                    + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(client.read("GET").bodyText()).isEqualTo("hello");
            assertThat(client.read("POST").bodyText()).isEqualTo("second");
            assertThat(client.read("POST").bodyText()).isEqualTo("third");
            assertThat(client.read("GET").status()).isEqualTo(404);
        }
    }

    @Test
    void readsTheWholeBodySoTheNextRequestStartsAtTheRightByte() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            // A body that looks like a request: if the server skipped it, it would answer "/hello" twice.
            String body = "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n";
            client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            client.send(ClientRequest.get("/nope"));

            assertThat(client.read("POST").bodyText()).isEqualTo(body);
            assertThat(client.read("GET").status()).isEqualTo(404);
        }
    }

    @Test
    void closesAfterAnsweringConnectionClose() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.exchange(ClientRequest.get("/hello").withHeader("Connection", "close"));

            assertThat(response.bodyText()).isEqualTo("hello");
            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void readsConnectionAsACaseInsensitiveList() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.exchange(ClientRequest.get("/hello").withHeader("Connection", "TE, Close"));

            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void closesWhenTheHandlerAnswersConnectionClose() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.exchange(ClientRequest.get("/bye"));

            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void closesAnHttp10ConnectionByDefault() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.send("GET /hello HTTP/1.0\r\n\r\n").read("GET");

            assertThat(response.bodyText()).isEqualTo("hello");
            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void keepsAnHttp10ConnectionThatAsksForKeepAliveAndSaysSo() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse first = client.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read("GET");
            ClientResponse second = client.send("GET /hello HTTP/1.0\r\n\r\n").read("GET");

            assertThat(first.header("Connection")).contains("keep-alive");
            assertThat(second.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void keepsTheConnectionAfterAHeadResponseWithoutABody() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            client.send("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n");
            ClientResponse head = client.read("HEAD");
            ClientResponse get = client.exchange(ClientRequest.get("/hello"));

            assertThat(head.header("Content-Length")).contains("5");
            assertThat(get.bodyText()).isEqualTo("hello"); // no stray body bytes came before it
        }
    }

    @Test
    void answersAMalformedRequestAndCloses() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.send("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n").read("GET");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void keepsTheConnectionAfterAHandlerError() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse notFound = client.exchange(ClientRequest.get("/nope"));
            ClientResponse hello = client.exchange(ClientRequest.get("/hello"));

            assertThat(notFound.status()).isEqualTo(404);
            assertThat(hello.status()).isEqualTo(200);
        }
    }

    @Test
    void answersExpectContinueAndReadsTheBodyThatFollows() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse interim = client.send(
                    "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n").readNext("POST");
            ClientResponse echoed = client.send("hello").read("POST");
            ClientResponse next = client.exchange(ClientRequest.get("/hello"));

            assertThat(interim.status()).isEqualTo(100);
            assertThat(echoed.bodyText()).isEqualTo("hello");
            assertThat(next.bodyText()).as("the connection goes on, in step").isEqualTo("hello");
        }
    }

    @Test
    void readsTheBodyItLetInEvenWhenNoHandlerWantsIt() throws IOException {
        // The parser sends 100 before any handler runs, so a 404 still reads the body it asked for:
        // skipping it would leave its bytes to be read as the next request.
        String body = "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n";
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse interim = client.send("POST /nope HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").readNext("POST");
            ClientResponse notFound = client.send(body).read("POST");
            ClientResponse next = client.exchange(ClientRequest.get("/hello"));

            assertThat(interim.status()).isEqualTo(100);
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(next.bodyText()).isEqualTo("hello");
            assertThat(client.staysOpenFor(Duration.ofMillis(200))).as("no third response to a smuggled body").isTrue();
        }
    }

    @Test
    void refusesAnUploadOverTheLimitWithoutContinueAndCloses() throws IOException {
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (ServerSettings.DEFAULTS.requestLimits().maxBodyBytes() + 1) + "\r\n\r\n").read("POST");

            assertThat(response.status()).isEqualTo(413);
            assertThat(client.serverClosed()).isTrue();
        }
    }

    @Test
    void answersHttpClientThatExpectsContinueWithoutMakingItWait() throws Exception {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (String body : new String[] {"first", "second on the same connection"}) {
                var request = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/echo"))
                        .expectContinue(true)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build();
                // Unanswered, the client waits 5 s for a 100 Continue before it sends the body anyway.
                var response = client.sendAsync(request, BodyHandlers.ofString()).get(3, TimeUnit.SECONDS);

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(body);
            }
        }
    }

    @Test
    void closesAfterAnsweringAnHttp10RequestWithTransferEncoding() throws IOException {
        // RFC 9112 §6.1: an HTTP/1.0 message with Transfer-Encoding has faulty framing; answer, then close.
        try (ClientConnection client = ClientConnection.connect(server.port())) {
            ClientResponse response = client.send("POST /echo HTTP/1.0\r\nConnection: keep-alive\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n").read("POST");

            assertThat(response.bodyText()).isEqualTo("hello");
            assertThat(response.header("Connection")).contains("close");
            assertThat(client.serverClosed()).isTrue();
        }
    }
}
