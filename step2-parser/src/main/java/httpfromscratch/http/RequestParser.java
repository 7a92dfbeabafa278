package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one HTTP/1.1 request from a byte stream (RFC 9112): the request line, the header fields up
 * to the empty line, then exactly as many body bytes as the headers announce.
 *
 * <p>It never touches a socket, so tests feed it byte arrays. It never assumes one {@code read}
 * returns a whole request: it asks the stream for bytes until the message says it is complete.
 * Wrap a socket's stream in a {@link java.io.BufferedInputStream}: we read the head byte by byte.
 */
public final class RequestParser {

    /** Empty lines a client may send before a request line (RFC 9112 §2.2 asks us to skip one or more). */
    private static final int MAX_EMPTY_LINES_BEFORE_REQUEST = 8;

    private final Limits limits;
    // Made once, not for every request: almost no line is too long, and building the exceptions
    // and their messages anew for every request, just in case, took 5 % of the profile.
    private final HttpException requestLineTooLong;
    private final HttpException headerSectionTooLarge;

    public RequestParser(Limits limits) {
        this.limits = limits;
        this.requestLineTooLong = new HttpException(Status.URI_TOO_LONG,
                "request line longer than " + limits.maxRequestLineBytes() + " bytes");
        this.headerSectionTooLarge = new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "header section larger than " + limits.maxHeaderSectionBytes() + " bytes");
    }

    public RequestParser() {
        this(Limits.DEFAULTS);
    }

    public Limits limits() {
        return limits;
    }

    /**
     * The next request on the stream, or empty when the client closed the connection before
     * sending one (how a client ends a persistent connection). Throws {@link HttpException} for a
     * request that breaks the protocol or a limit.
     *
     * <p>Between the head and the body we may have to speak: a client that sent
     * {@code Expect: 100-continue} waits for {@code 100 Continue} before it sends its body
     * (RFC 9110 §10.1.1). We write it to {@code out} once the head is accepted, so only when we are
     * about to read the body; a head we refuse gets its final status instead, and no 100.
     */
    public Optional<HttpRequest> parse(InputStream in, OutputStream out) throws IOException {
        Optional<RequestHead> head = readHead(in);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (head.get().continueExpected()) {
            ResponseWriter.writeContinue(out);
        }
        return Optional.of(readBody(head.get(), in));
    }

    /**
     * The next request, for a caller with nobody to answer (a test, a file of requests): an
     * {@code Expect: 100-continue} goes unanswered. On a connection, use {@link #parse(InputStream, OutputStream)}.
     */
    public Optional<HttpRequest> parse(InputStream in) throws IOException {
        return parse(in, OutputStream.nullOutputStream());
    }

    /**
     * Everything before the body: request line, header fields, and the decisions they allow. A
     * request refused here (a bad head, a body over the limit, an expectation we cannot meet) is
     * refused before the client sends its body.
     */
    Optional<RequestHead> readHead(InputStream in) throws IOException {
        String line = readRequestLine(in);
        if (line == null) {
            return Optional.empty();
        }
        RequestLine requestLine = RequestLine.parse(line);
        Headers headers = readHeaders(in);
        checkHost(requestLine.version(), headers);
        RequestTarget target = RequestTarget.parse(requestLine.method(), requestLine.target());
        boolean chunked = bodyIsChunked(headers);
        long contentLength = chunked ? 0 : contentLength(headers);
        boolean continueExpected = expectsContinue(headers) && requestLine.version().equals("HTTP/1.1")
                && (chunked || contentLength > 0);
        return Optional.of(new RequestHead(requestLine, target, headers, chunked, contentLength, continueExpected));
    }

    /** The body the head announced, and the request made of both. */
    HttpRequest readBody(RequestHead head, InputStream in) throws IOException {
        byte[] body = readBodyBytes(head, in);
        RequestLine line = head.requestLine();
        return new HttpRequest(line.method(), line.target(), head.target().path(), head.target().query(),
                line.version(), head.headers(), body, Map.of());
    }

    private String readRequestLine(InputStream in) throws IOException {
        for (int emptyLines = 0; emptyLines <= MAX_EMPTY_LINES_BEFORE_REQUEST; emptyLines++) {
            String line = LineReader.read(in, limits.maxRequestLineBytes(), requestLineTooLong);
            if (line == null || !line.isEmpty()) {
                return line;
            }
        }
        throw new HttpException(Status.BAD_REQUEST, "expected a request line, got only empty lines");
    }

    // Exercise 2.4
    /** Header lines until the empty line that ends the head (RFC 9112 §5). */
    Headers readHeaders(InputStream in) throws IOException {
        List<Headers.Field> fields = new ArrayList<>();
        int bytesLeft = limits.maxHeaderSectionBytes();
        while (true) {
            // Each field line counts with its CRLF; the empty line that ends the head is free.
            String line = LineReader.read(in, Math.max(bytesLeft - 2, 0), headerSectionTooLarge);
            if (line == null) {
                throw new HttpException(Status.BAD_REQUEST, "incomplete request: connection closed before the empty line");
            }
            if (line.isEmpty()) {
                return Headers.of(fields);
            }
            if (fields.size() == limits.maxHeaderCount()) {
                throw new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "more than " + limits.maxHeaderCount() + " header fields");
            }
            bytesLeft -= line.length() + 2;
            fields.add(parseField(line));
        }
    }

    // Exercise 2.3
    /** {@code field-name ":" OWS field-value OWS} (RFC 9110 §5, RFC 9112 §5). */
    static Headers.Field parseField(String line) {
        if (Syntax.isWhitespace(line.charAt(0))) {
            // obs-fold: an old way to continue the previous line, now forbidden (RFC 9112 §5.2).
            throw new HttpException(Status.BAD_REQUEST, "header line starts with whitespace (obsolete line folding)");
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new HttpException(Status.BAD_REQUEST, "expected ':' after field name in '" + line + "'");
        }
        String name = line.substring(0, colon);
        if (!name.isEmpty() && Syntax.isWhitespace(name.charAt(name.length() - 1))) {
            // "Host : x" once let two servers disagree about a header: RFC 9112 §5.1 says reject.
            throw new HttpException(Status.BAD_REQUEST, "whitespace between field name and ':' in '" + name + "'");
        }
        if (!Syntax.isToken(name)) {
            throw new HttpException(Status.BAD_REQUEST, "field name must be a token, got '" + name + "'");
        }
        String value = Syntax.trimWhitespace(line.substring(colon + 1));
        if (!Syntax.isFieldValue(value)) {
            throw new HttpException(Status.BAD_REQUEST, "control character in the value of " + name);
        }
        return new Headers.Field(name, value);
    }

    /**
     * HTTP/1.1 requires exactly one Host header (RFC 9112 §3.2); HTTP/1.0 predates it. Its value must
     * be a host and maybe a port, or a server that routes by it and one that does not would disagree.
     */
    private static void checkHost(String version, Headers headers) {
        List<String> hosts = headers.all("Host");
        if (version.equals("HTTP/1.1") && hosts.size() != 1) {
            throw new HttpException(Status.BAD_REQUEST,
                    hosts.isEmpty() ? "missing Host header" : "more than one Host header");
        }
        if (hosts.size() > 1) {
            throw new HttpException(Status.BAD_REQUEST, "more than one Host header");
        }
        if (!hosts.isEmpty() && !Host.isValid(hosts.getFirst())) {
            throw new HttpException(Status.BAD_REQUEST, "expected host or host:port as the Host header, got '"
                    + hosts.getFirst() + "'");
        }
    }

    /**
     * The body's length comes from Content-Length, or from chunked framing, never both: if two
     * servers in a chain pick different ones, an attacker can hide a second request inside the
     * first (request smuggling, RFC 9112 §6.3). So a request with both is refused.
     */
    private static boolean bodyIsChunked(Headers headers) {
        boolean chunked = TransferEncoding.isChunked(headers);
        if (chunked && headers.contains("Content-Length")) {
            throw new HttpException(Status.BAD_REQUEST, "both Transfer-Encoding and Content-Length");
        }
        return chunked;
    }

    /** Content-Length, or 0 without it; over the limit is a 413 now, before the client sends the body. */
    private long contentLength(Headers headers) {
        long length = ContentLength.of(headers).orElse(0L);
        if (length > limits.maxBodyBytes()) {
            throw new HttpException(Status.CONTENT_TOO_LARGE, "body larger than " + limits.maxBodyBytes() + " bytes");
        }
        return length;
    }

    /**
     * Whether the client waits for {@code 100 Continue} before it sends the body (RFC 9110 §10.1.1).
     * {@code 100-continue} is the only expectation HTTP defines; we cannot meet any other: 417.
     */
    private static boolean expectsContinue(Headers headers) {
        boolean continueExpected = false;
        for (String value : headers.all("Expect")) {
            for (String item : value.split(",")) {
                String expectation = Syntax.trimWhitespace(item);
                if (expectation.equalsIgnoreCase("100-continue")) {
                    continueExpected = true;
                } else if (!expectation.isEmpty()) {
                    throw new HttpException(Status.EXPECTATION_FAILED,
                            "only 'Expect: 100-continue' is supported, got '" + expectation + "'");
                }
            }
        }
        return continueExpected;
    }

    // Exercise 2.5
    /**
     * The body, framed as the head decided: decoded from chunks, or exactly Content-Length bytes.
     * No fewer (the client gave up: 400) and not one more (those belong to the next request).
     */
    private byte[] readBodyBytes(RequestHead head, InputStream in) throws IOException {
        if (head.chunked()) {
            return ChunkedBody.read(in, limits);
        }
        long length = head.contentLength();
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new HttpException(Status.BAD_REQUEST,
                    "incomplete body: Content-Length is " + length + " but only " + body.length + " bytes came");
        }
        return body;
    }
}
