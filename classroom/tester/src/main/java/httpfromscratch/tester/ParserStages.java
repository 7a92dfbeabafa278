package httpfromscratch.tester;

import java.util.List;

/** Step 2: a parsed request, a framed response, and the protocol errors chapter 2 names. */
final class ParserStages {

    private static final String STATUS_CODES = "docs/02-http-parser.md#status-codes";
    private static final String LIMITS = "docs/02-http-parser.md#limits";

    static final List<Stage> ALL = List.of(
            new Stage("2.1", "a framed response",
                    "GET / with a query of random words gets a 200 with Date and Content-Type, framed by Content-Length.",
                    "docs/02-http-parser.md#writing-a-response", ParserStages::framedResponse),
            new Stage("2.2", "syntax errors are 400",
                    "No Host, two Hosts, a space before a colon, a folded line, a bad Content-Length, both framings:"
                            + " each gets 400 Bad Request.",
                    STATUS_CODES, ParserStages::syntaxErrors),
            new Stage("2.3", "versions and framings",
                    "HTTP/2.0 (or 3.0) gets 505 Version Not Supported, a later HTTP/1.x (1.2 to 1.9) is answered"
                            + " as HTTP/1.1; a Transfer-Encoding that does not end in chunked gets 400, and a coding we"
                            + " cannot undo before chunked gets 501 Not Implemented.",
                    STATUS_CODES, ParserStages::versionsAndFramings),
            new Stage("2.4", "limits",
                    "Over this course's limits (request line 8 KiB, header section 16 KiB or 100 fields, body 1 MiB),"
                            + " a request gets 414, 431 or 413, refused before its bytes are all read.",
                    LIMITS, ParserStages::limits));

    private ParserStages() {
    }

    static void framedResponse(Probe probe) {
        Exchange exchange = probe.get("/?" + probe.word() + "=" + probe.word());
        Expect.status(exchange, 200, "parse the request line and the headers up to the empty line, then answer");
        Expect.header(exchange, "Date", "every response carries a Date (RFC 9110 §6.6.1), in IMF-fixdate: "
                + "Sat, 21 Nov 2026 05:33:48 GMT");
        if (exchange.reply().body().length > 0) {
            Expect.header(exchange, "Content-Type", "a response with a body says what the body is");
        }
    }

    static void syntaxErrors(Probe probe) {
        String word = probe.word();
        refused(probe, 400, "GET /" + word + " HTTP/1.1\r\nConnection: close\r\n\r\n",
                "an HTTP/1.1 request without Host is refused (RFC 9112 §3.2)");
        refused(probe, 400, "GET /" + word + " HTTP/1.1\r\nHost: {host}\r\nHost: " + probe.word() + "\r\nConnection: close\r\n\r\n",
                "exactly one Host header: two are refused, they could name two different sites");
        refused(probe, 400, "GET /" + word + " HTTP/1.1\r\nHost : {host}\r\nConnection: close\r\n\r\n",
                "whitespace between a field name and its colon is refused (RFC 9112 §5.1): proxies disagree about it");
        refused(probe, 400, "GET /" + word + " HTTP/1.1\r\nHost: {host}\r\nX-" + word + ": a\r\n folded\r\nConnection: close\r\n\r\n",
                "a line that starts with whitespace (obs-fold) is refused (RFC 9112 §5.2)");
        refused(probe, 400, "POST /" + word + " HTTP/1.1\r\nHost: {host}\r\nContent-Length: " + word + "\r\nConnection: close\r\n\r\n",
                "Content-Length is digits only; anything else is refused");
        refused(probe, 400, "POST /" + word + " HTTP/1.1\r\nHost: {host}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n0\r\n\r\n",
                "both Content-Length and Transfer-Encoding is how requests are smuggled: refuse it, honour neither");
    }

    static void versionsAndFramings(Probe probe) {
        refused(probe, 505, "GET / HTTP/" + probe.between(2, 3) + ".0\r\nHost: {host}\r\nConnection: close\r\n\r\n",
                "a well-formed version other than HTTP/1.0 and HTTP/1.1 gets 505");
        Exchange later = probe.raw("GET / HTTP/1." + probe.between(2, 9) + "\r\nHost: {host}\r\nConnection: close\r\n\r\n", "GET");
        Expect.status(later, 200, "a later HTTP/1.x promises to be understood as HTTP/1.1 (RFC 9110 §2.5): serve it, no 505");
        Expect.version(later, "HTTP/1.1", "answer with the version we speak, HTTP/1.1, not the one the client sent");
        refused(probe, 400, "POST / HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: " + probe.word() + "\r\nConnection: close\r\n\r\n",
                "a Transfer-Encoding whose last coding is not chunked leaves the body's end unknown: 400 (RFC 9112 §6.3)");
        refused(probe, 501, "POST / HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: " + probe.word() + ", chunked\r\n"
                        + "Connection: close\r\n\r\n0\r\n\r\n",
                "a coding we cannot undo before chunked gets 501 Not Implemented");
    }

    static void limits(Probe probe) {
        int targetLength = probe.between(8300, 9000);
        refused(probe, 414, "GET /" + "a".repeat(targetLength) + " HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n",
                "stop reading the request line after 8 KiB and answer 414 URI Too Long");
        int fieldCount = probe.between(101, 140);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < fieldCount; i++) {
            many.append("X-Field-").append(i).append(": ").append(probe.word()).append("\r\n");
        }
        refused(probe, 431, "GET / HTTP/1.1\r\nHost: {host}\r\n" + many + "Connection: close\r\n\r\n",
                "count the header lines: more than 100 gets 431 Request Header Fields Too Large");
        String big = "X-Big: " + "b".repeat(1000) + "\r\n";
        refused(probe, 431, "GET / HTTP/1.1\r\nHost: {host}\r\n" + big.repeat(probe.between(17, 24)) + "Connection: close\r\n\r\n",
                "count the header section's bytes: more than 16 KiB gets 431 Request Header Fields Too Large");
        int length = probe.between(1_100_000, 5_000_000);
        refused(probe, 413, "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n",
                "compare Content-Length with the limit before reading the body: 413 Content Too Large at once");
    }

    /** A bad request gets a short response with {@code status}; the connection is not left hanging. */
    private static void refused(Probe probe, int status, String request, String hint) {
        String method = request.substring(0, request.indexOf(' '));
        Exchange exchange = probe.raw(request, method);
        Expect.status(exchange, status, hint);
    }
}
