package httpfromscratch.http;

import static httpfromscratch.http.ParserAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each limit at its boundary: exactly at the limit parses, one byte (or field) over is refused
 * with the limit's status, and an over-limit request is refused without reading all of it.
 */
class RequestParserLimitsTest {

    /** Small limits, so the boundaries are easy to build and to read. */
    private static final Limits SMALL = new Limits(32, 64, 3, 10, Duration.ofSeconds(1));

    /** {@code GET /aaa…a HTTP/1.1}, exactly {@code length} bytes without its line ending. */
    private static String requestLine(int length) {
        String frame = "GET / HTTP/1.1";
        return "GET /" + "a".repeat(length - frame.length()) + " HTTP/1.1";
    }

    // --- request line → 414

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsRequestLineExactlyAtTheLimit(Feeding feeding) {
        String line = requestLine(SMALL.maxRequestLineBytes());

        HttpRequest request = feeding.parse(Wire.bytes(line + "\r\nHost: x\r\n\r\n"), SMALL);

        assertThat(request.target()).hasSize(SMALL.maxRequestLineBytes() - "GET  HTTP/1.1".length());
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsRequestLineExactlyAtTheLimitWithBareLf(Feeding feeding) {
        String line = requestLine(SMALL.maxRequestLineBytes());

        assertThat(feeding.parse(Wire.bytes(line + "\nHost: x\n\n"), SMALL).method()).isEqualTo("GET");
    }

    @Test
    void rejectsRequestLineOneByteOverTheLimitWith414() {
        String line = requestLine(SMALL.maxRequestLineBytes() + 1);

        assertRejected(Wire.bytes(line + "\r\nHost: x\r\n\r\n"), SMALL, 414, "request line longer than 32 bytes");
        assertRejected(Wire.bytes(line + "\nHost: x\n\n"), SMALL, 414, "request line longer than 32 bytes");
    }

    @Test
    void acceptsRequestLineAtTheDefaultLimit() throws IOException {
        String line = requestLine(Limits.MAX_REQUEST_LINE_BYTES);

        HttpRequest request = Feeding.FOLLOWED_BY_A_SECOND_REQUEST.parse(line + "\r\nHost: x\r\n\r\n");

        assertThat(line).hasSize(8192);
        assertThat(request.path()).hasSize(8192 - "GET  HTTP/1.1".length());
    }

    @Test
    void rejectsRequestLineOverTheDefaultLimitWith414() {
        String line = requestLine(Limits.MAX_REQUEST_LINE_BYTES + 1);

        assertRejected(line + "\r\nHost: x\r\n\r\n", 414, "request line longer than 8192 bytes");
    }

    @Test
    void rejectsEndlessRequestLineWithoutReadingItAll() throws IOException {
        CountingEndlessStream endless = new CountingEndlessStream("GET /", 'a');

        assertThatThrownBy(() -> new RequestParser(SMALL).parse(endless))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(414));
        assertThat(endless.bytesRead).as("bytes read before giving up").isLessThanOrEqualTo(34);
    }

    // --- header section and count → 431

    /** A head whose header lines, each counted with its CRLF, add up to {@code sectionBytes}. */
    private static String headWithHeaderSection(int sectionBytes) {
        String host = "Host: x\r\n";
        String padName = "X-Pad: ";
        int padding = sectionBytes - host.length() - padName.length() - 2;
        return "GET / HTTP/1.1\r\n" + host + padName + "p".repeat(padding) + "\r\n\r\n";
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsHeaderSectionExactlyAtTheLimit(Feeding feeding) {
        HttpRequest request = feeding.parse(Wire.bytes(headWithHeaderSection(SMALL.maxHeaderSectionBytes())), SMALL);

        assertThat(request.header("X-Pad")).get().asString().hasSize(64 - 9 - 7 - 2);
    }

    @Test
    void rejectsHeaderSectionOneByteOverTheLimitWith431() {
        assertRejected(Wire.bytes(headWithHeaderSection(SMALL.maxHeaderSectionBytes() + 1)), SMALL,
                431, "header section larger than 64 bytes");
    }

    @Test
    void rejectsHeaderSectionOverTheLimitAcrossManyLinesWith431() {
        String head = "GET / HTTP/1.1\r\nHost: x\r\nX-A: 0123456789\r\nX-B: 0123456789\r\nX-C: 0123456789\r\n\r\n";
        Limits roomyCount = new Limits(32, 50, 10, 10, Duration.ofSeconds(1));

        assertRejected(Wire.bytes(head), roomyCount, 431, "header section larger than 50 bytes");
    }

    @Test
    void acceptsHeaderSectionAtTheDefaultLimit() {
        HttpRequest request = Feeding.FOLLOWED_BY_A_SECOND_REQUEST.parse(
                headWithHeaderSection(Limits.MAX_HEADER_SECTION_BYTES));

        assertThat(request.header("X-Pad")).isPresent();
    }

    @Test
    void rejectsHeaderSectionOverTheDefaultLimitWith431() {
        assertRejected(headWithHeaderSection(Limits.MAX_HEADER_SECTION_BYTES + 1), 431, "header section larger than");
    }

    @Test
    void rejectsEndlessHeaderLineWithoutReadingItAll() {
        CountingEndlessStream endless = new CountingEndlessStream("GET / HTTP/1.1\r\nX-Long: ", 'v');

        assertThatThrownBy(() -> new RequestParser(SMALL).parse(endless))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(431));
        assertThat(endless.bytesRead).as("bytes read before giving up").isLessThanOrEqualTo(16 + 64 + 1);
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsHeaderCountExactlyAtTheLimit(Feeding feeding) {
        HttpRequest request = feeding.parse(Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n"), SMALL);

        assertThat(request.headers().size()).isEqualTo(3);
    }

    @Test
    void rejectsOneHeaderOverTheCountWith431() {
        assertRejected(Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), SMALL,
                431, "more than 3 header fields");
    }

    @Test
    void acceptsTheDefaultHeaderCountAndRejectsOneMore() {
        StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 1; i < Limits.MAX_HEADER_COUNT; i++) {
            head.append("X-").append(i).append(": v\r\n");
        }

        HttpRequest request = Feeding.FOLLOWED_BY_A_SECOND_REQUEST.parse(head + "\r\n");

        assertThat(request.headers().size()).isEqualTo(100);
        assertRejected(head + "X-101: v\r\n\r\n", 431, "more than 100 header fields");
    }

    // --- body → 413

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsContentLengthBodyExactlyAtTheLimit(Feeding feeding) {
        HttpRequest request = feeding.parse(
                Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789"), SMALL);

        assertThat(request.bodyText()).isEqualTo("0123456789");
    }

    @ParameterizedTest
    @EnumSource(value = Feeding.class, names = {"WHOLE", "ONE_BYTE_PER_READ"})
    void rejectsContentLengthOverTheLimitWith413BeforeReadingTheBody(Feeding feeding) throws IOException {
        String body = "0123456789X";
        InputStream in = feeding.open(Wire.bytes(
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n" + body));

        assertThatThrownBy(() -> new RequestParser(SMALL).parse(in))
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("body larger than 10 bytes");
                });
        assertThat(Wire.text(in.readAllBytes())).as("the body is still unread").isEqualTo(body);
    }

    @Test
    void rejectsHugeContentLengthWithoutTryingToReadIt() {
        byte[] head = Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1099511627776\r\n\r\n");
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), new FailingInputStream());

        assertThatThrownBy(() -> new RequestParser().parse(in))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void acceptsBodyAtTheDefaultLimitAndRejectsOneByteMore() {
        byte[] body = new byte[(int) Limits.MAX_BODY_BYTES];
        java.util.Arrays.fill(body, (byte) 'b');
        byte[] atLimit = Wire.concat(
                Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n"), body);

        assertThat(Feeding.FOLLOWED_BY_A_SECOND_REQUEST.parse(atLimit).bodyLength()).isEqualTo(1024 * 1024);

        byte[] head = Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + (body.length + 1) + "\r\n\r\n");
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), new FailingInputStream());
        assertThatThrownBy(() -> new RequestParser().parse(in))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsChunkedBodyExactlyAtTheLimit(Feeding feeding) {
        HttpRequest request = feeding.parse(Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\n012345\r\n4\r\n6789\r\n0\r\n\r\n"), SMALL);

        assertThat(request.bodyText()).isEqualTo("0123456789");
    }

    @Test
    void rejectsChunkedBodyOverTheLimitWith413() {
        assertRejected(Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\n012345\r\n5\r\n6789X\r\n0\r\n\r\n"), SMALL, 413, "body larger than 10 bytes");
    }

    @Test
    void rejectsHugeChunkWithoutTryingToReadIt() {
        byte[] head = Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n");
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), new FailingInputStream());

        assertThatThrownBy(() -> new RequestParser().parse(in))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void rejectsTooManyTrailerFieldsWith431() {
        assertRejected(Wire.bytes("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n"), SMALL, 431, "too many trailer fields");
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        assertThat(Limits.DEFAULTS).isEqualTo(new Limits(8192, 16384, 100, 1_048_576, Duration.ofSeconds(10)));
        assertThat(new RequestParser().limits()).isEqualTo(Limits.DEFAULTS);
    }

    /** A prefix, then the same byte forever: a client that never ends its line. */
    private static final class CountingEndlessStream extends InputStream {
        private final byte[] prefix;
        private final int filler;
        long bytesRead;

        CountingEndlessStream(String prefix, char filler) {
            this.prefix = Wire.bytes(prefix);
            this.filler = filler;
        }

        @Override
        public int read() {
            return bytesRead < prefix.length ? prefix[(int) bytesRead++] & 0xFF : count(filler);
        }

        private int count(int b) {
            bytesRead++;
            return b;
        }
    }

    /** Fails the test if anybody reads it: proves the parser refused before touching the body. */
    private static final class FailingInputStream extends InputStream {
        @Override
        public int read() {
            throw new AssertionError("the parser read the body of a request it should have refused first");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return read();
        }
    }
}
