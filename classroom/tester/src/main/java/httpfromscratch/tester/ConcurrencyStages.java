package httpfromscratch.tester;

import java.io.ByteArrayOutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Step 7: persistent connections, pipelining, two clients at once, and a deadline for a request. */
final class ConcurrencyStages {

    static final List<Stage> ALL = List.of(
            new Stage("7.1", "keep-alive",
                    "Two requests without Connection: close, one after the other on one connection, both get their"
                            + " response, and the connection stays open between them.",
                    "docs/07-threads.md#persistent-connections", ConcurrencyStages::keepAlive),
            new Stage("7.2", "pipelining",
                    "Three requests written at once, before any response, get three responses in the order they were"
                            + " sent.",
                    "docs/07-threads.md#pipelining", ConcurrencyStages::pipelining),
            new Stage("7.3", "two clients at once",
                    "While one client has sent half a request and waits, a second client's request is answered"
                            + " within --wait.",
                    "docs/07-threads.md#a-thread-for-every-connection", ConcurrencyStages::twoClients),
            new Stage("7.4", "a deadline for a request",
                    "A client that sends half a request and stops gets 408 Request Timeout, or a closed connection,"
                            + " within --request-timeout (10 s in this course) and a little more.",
                    "docs/07-threads.md#a-deadline-not-a-timeout", ConcurrencyStages::deadline));

    private ConcurrencyStages() {
    }

    static void keepAlive(Probe probe) {
        try (Wire wire = probe.open()) {
            for (int i = 1; i <= 2; i++) {
                String word = probe.word();
                Exchange exchange = wire.exchange(probe.persistentRequest("GET", "/echo?msg=" + word), "GET");
                Expect.status(exchange, 200, "request " + i + " of 2 on one connection");
                Expect.body(exchange, RoutingStages.utf8(word), "answer each request on the connection, in turn");
                if (exchange.reply().header("Connection").filter("close"::equalsIgnoreCase).isPresent()) {
                    throw Expect.failure("response " + i + " says Connection: close, though the request let the"
                                    + " connection stay open",
                            "no Connection: close: HTTP/1.1 connections are persistent by default",
                            "loop: read a request, answer it, and close only when the request or the response asks",
                            exchange, exchange.valueStart("Connection"));
                }
            }
        }
    }

    static void pipelining(Probe probe) {
        List<String> words = List.of(probe.word(), probe.word(), probe.word());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < words.size(); i++) {
            String target = "/echo?msg=" + words.get(i);
            all.writeBytes(i < words.size() - 1 ? probe.persistentRequest("GET", target) : probe.request("GET", target));
        }
        byte[] sent = all.toByteArray();
        try (Wire wire = probe.open()) {
            wire.send(sent);
            for (int i = 0; i < words.size(); i++) {
                Exchange exchange = wire.response(sent, "GET");
                Expect.status(exchange, 200, "response " + (i + 1) + " of 3: read the next request from the"
                        + " bytes already buffered, not from a fresh read");
                Expect.body(exchange, RoutingStages.utf8(words.get(i)),
                        "answer pipelined requests in the order they came (RFC 9112 §9.3.2)");
            }
        }
    }

    static void twoClients(Probe probe) {
        try (Wire waiting = probe.open()) {
            waiting.send(Bytes.ascii("GET /echo?msg=" + probe.word() + " HTTP/1.1\r\nHost: " + probe.authority() + "\r\n"));
            String word = probe.word();
            Exchange second;
            try (Wire other = probe.open()) {
                second = other.exchange(probe.request("GET", "/echo?msg=" + word), "GET");
            } catch (StageFailure e) {
                throw Expect.failure("the second client got no response while the first was still sending",
                        "an answer to the second client at once", "give every connection its own thread: a virtual"
                                + " thread each, not one at a time, and not a small pool", e.exchange, e.wrongAt);
            }
            Expect.body(second, RoutingStages.utf8(word), "answer the second client while the first one waits");
        }
    }

    static void deadline(Probe probe) {
        Duration limit = probe.options().requestTimeout().plus(probe.options().patience());
        byte[] half = Bytes.ascii("GET /echo?msg=" + probe.word() + " HTTP/1.1\r\nHost: " + probe.authority() + "\r\n");
        try (Wire wire = probe.open()) {
            wire.send(half);
            byte[] answer = wire.bytesBeforeClose(limit);
            String start = new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.ISO_8859_1);
            if (answer.length > 0 && !start.equals("HTTP/1.1 408")) {
                throw Expect.failure("the server answered a request it never received whole",
                        "408 Request Timeout, or the connection closed", "a request must arrive whole within the deadline",
                        new Exchange(half, answer, null), Bytes.firstDifference(answer, 0, Bytes.ascii("HTTP/1.1 408")));
            }
        } catch (SocketTimeoutException e) {
            throw Expect.failure("after " + Durations.text(limit) + " the connection was still open and silent",
                    "408 Request Timeout, or the connection closed, within --request-timeout ("
                            + Durations.text(probe.options().requestTimeout()) + ") and a little more",
                    "a deadline for the whole request, from its first byte: lower the socket's timeout to the time left"
                            + " before every read", new Exchange(half, new byte[0], null), -1);
        }
    }
}
