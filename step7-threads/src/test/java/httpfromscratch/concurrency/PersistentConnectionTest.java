package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import httpfromscratch.http.ClientResponse;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.time.Duration;
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
}
