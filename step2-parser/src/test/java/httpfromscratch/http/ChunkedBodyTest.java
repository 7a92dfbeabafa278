package httpfromscratch.http;

import static httpfromscratch.http.ParserAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
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
    void acceptsBareLfInChunkFraming(Feeding feeding) {
        HttpRequest request = feeding.parse(HEAD + "2\nok\n0\n\n");

        assertThat(request.bodyText()).isEqualTo("ok");
    }

    @Test
    void decodesWithoutReadingPastTheLastCrLf() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(Wire.bytes("3\r\nabc\r\n0\r\n\r\nNEXT"));

        byte[] body = ChunkedBody.read(in, List.of("chunked"), Limits.DEFAULTS);

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
                argumentSet("chunk size of 9 hex digits", "100000000\r\n", 400, "malformed chunk size"),
                argumentSet("chunk longer than its size", "5\r\nhello!\r\n0\r\n\r\n", 400, "expected CRLF after chunk data"),
                argumentSet("truncated chunk data", "5\r\nhel", 400, "incomplete chunk"),
                argumentSet("EOF before the last chunk", "5\r\nhello\r\n", 400, "incomplete chunked body"),
                argumentSet("EOF before the final empty line", "5\r\nhello\r\n0\r\n", 400, "incomplete chunked body"),
                argumentSet("EOF in a trailer", "0\r\nX-T: a", 400, "incomplete request"),
                argumentSet("EOF with no chunks at all", "", 400, "incomplete chunked body"));
    }
}
