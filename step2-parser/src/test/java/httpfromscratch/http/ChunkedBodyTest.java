package httpfromscratch.http;

import static httpfromscratch.http.ParserAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Transfer-Encoding: chunked} request bodies (RFC 9112 §7.1). */
class ChunkedBodyTest {

    private static final String HEAD = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void decodesChunkedBody(Feeding feeding) {
        HttpRequest request = feeding.parse(HEAD + "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n");

        assertThat(request.bodyText()).isEqualTo("hello, world");
        assertThat(request.header("Transfer-Encoding")).hasValue("chunked");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void ignoresChunkExtensionsAndReadsHexSizesInEitherCase(Feeding feeding) {
        HttpRequest request = feeding.parse(HEAD
                + "5;name=value\r\nhello\r\n"
                + "A ; a ; b=\"quoted;value\"\r\n0123456789\r\n"
                + "a;x\r\nabcdefghij\r\n"
                + "0;last\r\n\r\n");

        assertThat(request.bodyText()).isEqualTo("hello0123456789abcdefghij");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void skipsTrailerFields(Feeding feeding) {
        HttpRequest request = feeding.parse(HEAD + "5\r\nhello\r\n0\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n");

        assertThat(request.bodyText()).isEqualTo("hello");
        assertThat(request.header("X-Checksum")).as("trailers are discarded, not merged into the headers").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void keepsCrLfAndBinaryBytesInsideChunkData(Feeding feeding) {
        byte[] data = {'\r', '\n', 0x00, (byte) 0xFF, '\r', '\n', '0', '\r', '\n'};
        byte[] request = Wire.concat(Wire.bytes(HEAD + "9\r\n"), data, Wire.bytes("\r\n0\r\n\r\n"));

        assertThat(feeding.parse(request).body()).containsExactly(data);
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void decodesEmptyChunkedBody(Feeding feeding) {
        assertThat(feeding.parse(HEAD + "0\r\n\r\n").body()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsTransferEncodingChunkedInAnyCase(Feeding feeding) {
        HttpRequest request = feeding.parse(
                "POST / HTTP/1.1\r\nHost: x\r\ntransfer-encoding: CHUNKED\r\n\r\n2\r\nok\r\n0\r\n\r\n");

        assertThat(request.bodyText()).isEqualTo("ok");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void readsChunkSizesWithLeadingZeros(Feeding feeding) {
        HttpRequest request = feeding.parse(HEAD + "0005\r\nhello\r\n000000000000000000002\r\n, \r\n00\r\n\r\n");

        assertThat(request.bodyText()).isEqualTo("hello, ");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsWellFormedTrailerFields(Feeding feeding) {
        String trailer = "X-Long: " + "t".repeat(Limits.MAX_TRAILER_SECTION_BYTES - "X-Long: ".length() - 2) + "\r\n";

        HttpRequest request = feeding.parse(HEAD + "2\r\nok\r\n0\r\n" + trailer + "\r\n");

        assertThat(trailer).hasSize(Limits.MAX_TRAILER_SECTION_BYTES);
        assertThat(request.bodyText()).isEqualTo("ok");
    }

    @Test
    void decodesWithoutReadingPastTheLastCrLf() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(Wire.bytes("3\r\nabc\r\n0\r\n\r\nNEXT"));

        byte[] body = ChunkedBody.read(in, Limits.DEFAULTS);

        assertThat(Wire.text(body)).isEqualTo("abc");
        assertThat(Wire.text(in.readAllBytes())).isEqualTo("NEXT");
    }

    @ParameterizedTest
    @MethodSource
    void rejectsMalformedChunkedBody(String chunks, int status, String messageFragment) {
        assertRejected(HEAD + chunks, status, messageFragment);
    }

    static Stream<Arguments> rejectsMalformedChunkedBody() {
        return Stream.of(
                argumentSet("non-hex chunk size", "zz\r\n", 400, "malformed chunk size"),
                argumentSet("negative chunk size", "-1\r\nx\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("chunk size with plus sign", "+5\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("chunk size with 0x prefix", "0x5\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("empty chunk size line", "\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("only an extension", ";ext\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("chunk size of 9 hex digits", "100000000\r\n", 413, "body larger than"),
                argumentSet("chunk size beyond a long", "1" + "0".repeat(16) + "\r\n", 413, "too large"),
                argumentSet("chunk size with a space and no extension", "5 \r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("chunk size followed by garbage", "5x\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("control character in an extension", "5;a\u000bb\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("VT before the chunk size", "\u000b5\r\nhello\r\n0\r\n\r\n", 400, "malformed chunk size"),
                argumentSet("non-ASCII digit as chunk size", "\u00b2\r\nhi\r\n0\r\n\r\n", 400, "malformed chunk size"),
                // A bare LF is never a line ending inside chunked framing (the class of Go's CVE-2025-22871).
                argumentSet("bare LF after the chunk size", "5\nhello\r\n0\r\n\r\n", 400, "bare LF"),
                argumentSet("bare LF after an extension", "5;ext=1\nhello\r\n0\r\n\r\n", 400, "bare LF"),
                argumentSet("bare LF after chunk data", "5\r\nhello\n0\r\n\r\n", 400, "bare LF"),
                argumentSet("bare LF after the last chunk", "5\r\nhello\r\n0\n\r\n", 400, "bare LF"),
                argumentSet("bare LF as the final line", "5\r\nhello\r\n0\r\n\n", 400, "bare LF"),
                argumentSet("bare LF after a trailer", "0\r\nX-T: a\n\r\n", 400, "bare LF"),
                // trailers
                argumentSet("trailer without a colon", "0\r\nX-T a\r\n\r\n", 400, "expected ':'"),
                argumentSet("trailer with a space before the colon", "0\r\nX-T : a\r\n\r\n", 400, "whitespace between field name"),
                argumentSet("trailer with a control character", "0\r\nX-T: a\u0000b\r\n\r\n", 400, "control character"),
                argumentSet("folded trailer", "0\r\nX-T: a\r\n b\r\n\r\n", 400, "obsolete line folding"),
                argumentSet("trailer section one byte over its limit",
                        "0\r\nX-Long: " + "t".repeat(Limits.MAX_TRAILER_SECTION_BYTES - "X-Long: ".length() - 1) + "\r\n\r\n",
                        431, "trailer section larger than"),
                argumentSet("chunk longer than its size", "5\r\nhello!\r\n0\r\n\r\n", 400, "expected CRLF after chunk data"),
                argumentSet("truncated chunk data", "5\r\nhel", 400, "incomplete chunk"),
                argumentSet("EOF before the last chunk", "5\r\nhello\r\n", 400, "incomplete chunked body"),
                argumentSet("EOF before the final empty line", "5\r\nhello\r\n0\r\n", 400, "incomplete chunked body"),
                argumentSet("EOF in a trailer", "0\r\nX-T: a", 400, "incomplete request"),
                argumentSet("EOF with no chunks at all", "", 400, "incomplete chunked body"));
    }
}
