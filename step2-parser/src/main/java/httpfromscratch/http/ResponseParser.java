package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads one HTTP/1.1 response from a byte stream (RFC 9112 §4 and §6): the mirror of
 * {@link RequestParser}, built from the same pieces (the line reader, the header section, the
 * Content-Length rules, the chunked decoder).
 *
 * <p>Where a response ends is harder to know than where a request ends: the answer depends on the
 * request too. A response to HEAD announces a Content-Length but sends no body; 1xx, 204 and 304
 * never have one; and a response with neither Content-Length nor chunked framing ends when the
 * server closes the connection (RFC 9112 §6.3). So {@link #parse} needs the request's method.
 *
 * <p>Strict on purpose: anything malformed, or beyond a limit, is a {@link BadResponseException}
 * that says what was expected. A client that guesses is how responses get smuggled.
 */
public final class ResponseParser {

    private final Limits limits;

    /** The same limits as the server's; the request-line limit bounds the status line. */
    public ResponseParser(Limits limits) {
        this.limits = limits;
    }

    public ResponseParser() {
        this(Limits.DEFAULTS);
    }

    /**
     * The next response on the stream, interim (1xx) responses included, or empty when the server
     * closed the connection before sending a byte of one.
     *
     * @param requestMethod the method of the request this answers: a response to HEAD has no body
     */
    public Optional<ClientResponse> parse(InputStream in, String requestMethod) throws IOException {
        Optional<ClientResponse> head = parseHead(in);
        if (head.isEmpty()) {
            return head;
        }
        ClientResponse response = head.get();
        byte[] body = readBody(in, requestMethod, response.status(), response.headers());
        return Optional.of(new ClientResponse(response.version(), response.status(), response.reason(),
                response.headers(), body));
    }

    /**
     * The status line and header fields only, with an empty body: the body, if any, is left in the
     * stream, for a caller that streams a body too large to hold in memory.
     */
    public Optional<ClientResponse> parseHead(InputStream in) throws IOException {
        String line = readStatusLine(in);
        if (line == null) {
            return Optional.empty();
        }
        StatusLine statusLine = StatusLine.parse(line);
        Headers headers = readHeaders(in);
        return Optional.of(new ClientResponse(statusLine.version(), statusLine.status(), statusLine.reason(),
                headers, new byte[0]));
    }

    private String readStatusLine(InputStream in) throws IOException {
        // The line reader speaks in HttpExceptions; here their status means nothing, only their message.
        HttpException tooLong = new HttpException(Status.BAD_REQUEST,
                "longer than " + limits.maxRequestLineBytes() + " bytes");
        try {
            return LineReader.read(in, limits.maxRequestLineBytes(), tooLong);
        } catch (HttpException e) {
            throw new BadResponseException("expected a status line ending in CRLF: " + e.getMessage());
        }
    }

    /** The same header section as a request's (RFC 9112 §5), read by the request parser's own method. */
    private Headers readHeaders(InputStream in) throws IOException {
        try {
            return new RequestParser(limits).readHeaders(in);
        } catch (HttpException e) {
            throw new BadResponseException("expected header fields ending in an empty line: " + e.getMessage());
        }
    }

    /** RFC 9112 §6.3, in its order: no body, chunked, Content-Length, or until the connection closes. */
    private byte[] readBody(InputStream in, String requestMethod, int status, Headers headers) throws IOException {
        if (requestMethod.equals("HEAD") || Status.forbidsBody(status)) {
            return new byte[0];
        }
        boolean chunked = isChunked(headers);
        Optional<Long> contentLength = contentLength(headers);
        if (chunked) {
            if (contentLength.isPresent()) {
                // The RFC lets chunked win, but says to treat it as an error: it is how smuggling starts.
                throw new BadResponseException("expected Content-Length or Transfer-Encoding, not both");
            }
            return readChunked(in);
        }
        if (contentLength.isPresent()) {
            return readExactly(in, contentLength.get());
        }
        return readUntilClose(in);
    }

    private static Optional<Long> contentLength(Headers headers) throws BadResponseException {
        try {
            return ContentLength.of(headers);
        } catch (HttpException e) {
            throw new BadResponseException("expected one Content-Length of digits only: " + e.getMessage());
        }
    }

    /** The same rule as for requests: chunked, once, and last; false when there is no Transfer-Encoding. */
    private static boolean isChunked(Headers headers) throws BadResponseException {
        try {
            return TransferEncoding.isChunked(headers);
        } catch (HttpException e) {
            throw new BadResponseException("expected 'Transfer-Encoding: chunked': " + e.getMessage());
        }
    }

    private byte[] readChunked(InputStream in) throws IOException {
        try {
            return ChunkedBody.read(in, limits);
        } catch (HttpException e) {
            throw new BadResponseException("expected a chunked body: " + e.getMessage());
        }
    }

    private byte[] readExactly(InputStream in, long length) throws IOException {
        checkBodyLimit(length);
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new BadResponseException("expected " + length + " body bytes (Content-Length), but the"
                    + " connection closed after " + body.length);
        }
        return body;
    }

    /** Without a length, the body is everything until the server closes the connection (RFC 9112 §6.3). */
    private byte[] readUntilClose(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(limits.maxBodyBytes() + 1, Integer.MAX_VALUE));
        checkBodyLimit(body.length);
        return body;
    }

    private void checkBodyLimit(long length) throws BadResponseException {
        if (length > limits.maxBodyBytes()) {
            throw new BadResponseException("expected a body of at most " + limits.maxBodyBytes()
                    + " bytes, got " + length);
        }
    }

    /**
     * {@code HTTP-version SP status-code SP [ reason-phrase ]} (RFC 9112 §4), such as
     * {@code HTTP/1.1 404 Not Found}. The reason may be empty, but the space before it is not optional.
     */
    record StatusLine(String version, int status, String reason) {

        static StatusLine parse(String line) throws BadResponseException {
            int firstSpace = line.indexOf(' ');
            if (firstSpace < 0) {
                throw new BadResponseException("expected 'HTTP/1.1 <status> <reason>', got '" + line + "'");
            }
            String version = line.substring(0, firstSpace);
            if (!version.matches("HTTP/1\\.[0-9]")) {
                throw new BadResponseException("expected HTTP/1.x as the version, got '" + version + "'");
            }
            String rest = line.substring(firstSpace + 1);
            if (rest.length() < 4 || rest.charAt(3) != ' ') {
                throw new BadResponseException("expected a status code of three digits and a space, got '" + rest + "'");
            }
            int status = statusCode(rest.substring(0, 3));
            String reason = rest.substring(4);
            if (!Syntax.isFieldValue(reason)) {
                throw new BadResponseException("expected no control characters in the reason phrase");
            }
            return new StatusLine(version, status, reason);
        }

        /** Three digits, from 100 to 599 (RFC 9110 §15). */
        private static int statusCode(String digits) throws BadResponseException {
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.charAt(0) < '1' || digits.charAt(0) > '5') {
                throw new BadResponseException("expected a status code from 100 to 599, got '" + digits + "'");
            }
            return Integer.parseInt(digits);
        }
    }
}
