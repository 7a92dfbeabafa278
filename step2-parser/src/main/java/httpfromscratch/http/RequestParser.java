package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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

    public RequestParser(Limits limits) {
        this.limits = limits;
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
     */
    public Optional<HttpRequest> parse(InputStream in) throws IOException {
        String line = readRequestLine(in);
        if (line == null) {
            return Optional.empty();
        }
        RequestLine requestLine = RequestLine.parse(line);
        Headers headers = readHeaders(in);
        checkHost(requestLine.version(), headers);
        RequestTarget target = RequestTarget.parse(requestLine.method(), requestLine.target());
        byte[] body = readBody(in, headers);
        return Optional.of(new HttpRequest(requestLine.method(), requestLine.target(), target.path(),
                target.query(), requestLine.version(), headers, body, java.util.Map.of()));
    }

    private String readRequestLine(InputStream in) throws IOException {
        HttpException tooLong = new HttpException(Status.URI_TOO_LONG,
                "request line longer than " + limits.maxRequestLineBytes() + " bytes");
        for (int emptyLines = 0; emptyLines <= MAX_EMPTY_LINES_BEFORE_REQUEST; emptyLines++) {
            String line = LineReader.read(in, limits.maxRequestLineBytes(), tooLong);
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
        HttpException tooLarge = new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "header section larger than " + limits.maxHeaderSectionBytes() + " bytes");
        while (true) {
            // Each field line counts with its CRLF; the empty line that ends the head is free.
            String line = LineReader.read(in, Math.max(bytesLeft - 2, 0), tooLarge);
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
        String value = line.substring(colon + 1).strip();
        if (!Syntax.isFieldValue(value)) {
            throw new HttpException(Status.BAD_REQUEST, "control character in the value of " + name);
        }
        return new Headers.Field(name, value);
    }

    /** HTTP/1.1 requires exactly one Host header (RFC 9112 §3.2); HTTP/1.0 predates it. */
    private static void checkHost(String version, Headers headers) {
        int hosts = headers.all("Host").size();
        if (version.equals("HTTP/1.1") && hosts != 1) {
            throw new HttpException(Status.BAD_REQUEST,
                    hosts == 0 ? "missing Host header" : "more than one Host header");
        }
        if (hosts > 1) {
            throw new HttpException(Status.BAD_REQUEST, "more than one Host header");
        }
    }

    // Exercise 2.5
    /**
     * The body's length comes from Content-Length, or from chunked framing, never both: if two
     * servers in a chain pick different ones, an attacker can hide a second request inside the
     * first (request smuggling, RFC 9112 §6.3). So a request with both is refused.
     */
    private byte[] readBody(InputStream in, Headers headers) throws IOException {
        List<String> transferEncodings = headers.all("Transfer-Encoding");
        Optional<Long> contentLength = ContentLength.of(headers);
        if (!transferEncodings.isEmpty()) {
            if (contentLength.isPresent()) {
                throw new HttpException(Status.BAD_REQUEST, "both Transfer-Encoding and Content-Length");
            }
            return ChunkedBody.read(in, transferEncodings, limits);
        }
        long length = contentLength.orElse(0L);
        if (length > limits.maxBodyBytes()) {
            throw new HttpException(Status.CONTENT_TOO_LARGE, "body larger than " + limits.maxBodyBytes() + " bytes");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new HttpException(Status.BAD_REQUEST,
                    "incomplete body: Content-Length is " + length + " but only " + body.length + " bytes came");
        }
        return body;
    }
}
