package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's response parser on bytes in memory: each response whole, one byte per read, and
 * followed by a second response that must still be there, intact, afterwards.
 */
@Timeout(10)
class ResponseParserTest {

    private static final String SECOND_RESPONSE = "HTTP/1.1 204 No Content\r\nX-Second: yes\r\n\r\n";

    /** Parses {@code response}, then checks that exactly the second response (if any) is left. */
    private static ClientResponse parse(Feeding feeding, String requestMethod, String response) {
        return parse(feeding, requestMethod, Wire.bytes(response));
    }

    private static ClientResponse parse(Feeding feeding, String requestMethod, byte[] response) {
        boolean followed = feeding.name().contains("FOLLOWED");
        byte[] sent = followed ? Wire.concat(response, Wire.bytes(SECOND_RESPONSE)) : response;
        String shown = "parsing (" + feeding + ") " + Wire.escape(sent);
        InputStream in = feeding.open(sent);
        ResponseParser parser = new ResponseParser();
        try {
            Optional<ClientResponse> first = parser.parse(in, requestMethod);
            assertThat(first).as(shown).isPresent();
            if (followed) {
                assertThat(parser.parse(in, "GET")).as("second response after " + shown).hasValueSatisfying(next -> {
                    assertThat(next.status()).isEqualTo(204);
                    assertThat(next.header("X-Second")).hasValue("yes");
                });
            }
            assertThat(in.read()).as("bytes left after " + shown).isEqualTo(-1);
            return first.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void readsStatusLineHeadersAndBodyByContentLength(Feeding feeding) {
        ClientResponse response = parse(feeding, "GET", """
                HTTP/1.1 200 OK\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Length: 5\r
                Set-Cookie: a=1\r
                set-cookie: b=2\r
                \r
                hello""");

        assertThat(response.version()).isEqualTo("HTTP/1.1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.reason()).isEqualTo("OK");
        assertThat(response.headers().fields()).containsExactly(
                new Headers.Field("Content-Type", "text/plain; charset=utf-8"),
                new Headers.Field("Content-Length", "5"),
                new Headers.Field("Set-Cookie", "a=1"),
                new Headers.Field("set-cookie", "b=2"));
        assertThat(response.headers().all("SET-COOKIE")).containsExactly("a=1", "b=2");
        assertThat(response.body()).containsExactly(Wire.bytes("hello"));
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void keepsBinaryBodyBytesExactly(Feeding feeding) {
        byte[] body = {'\r', '\n', 0x00, (byte) 0xFF, '\r', '\n', '\r', '\n'};
        byte[] response = Wire.concat(Wire.bytes("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n"), body);

        assertThat(parse(feeding, "GET", response).body()).containsExactly(body);
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void decodesChunkedBodyAndDropsTrailers(Feeding feeding) {
        ClientResponse response = parse(feeding, "GET", """
                HTTP/1.1 200 OK\r
                Transfer-Encoding: chunked\r
                \r
                5\r
                hello\r
                7;ext=1\r
                , world\r
                0\r
                X-Checksum: abc\r
                \r
                """);

        assertThat(response.bodyText()).isEqualTo("hello, world");
        assertThat(response.header("X-Checksum")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Feeding.class, names = {"WHOLE", "ONE_BYTE_PER_READ"})
    void readsBodyUntilCloseWhenThereIsNoLength(Feeding feeding) {
        ClientResponse response = parse(feeding, "GET", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of\r\nthis");

        assertThat(response.bodyText()).isEqualTo("all of\r\nthis");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void responseToHeadHasNoBodyWhateverContentLengthSays(Feeding feeding) {
        ClientResponse response = parse(feeding, "HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n");

        assertThat(response.header("Content-Length")).hasValue("1234");
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 103, 204, 304})
    void statusesThatForbidABodyHaveNone(int status) {
        for (Feeding feeding : Feeding.values()) {
            // Without the rule, a 304's Content-Length (the size of the cached copy) would eat the next response.
            ClientResponse response = parse(feeding, "GET", "HTTP/1.1 " + status + " X\r\nContent-Length: 5\r\n\r\n");

            assertThat(response.status()).isEqualTo(status);
            assertThat(response.body()).as("%s, %s", status, feeding).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsAnEmptyReasonPhraseAndAnOlderMinorVersion(Feeding feeding) {
        ClientResponse response = parse(feeding, "GET", "HTTP/1.0 404 \r\nContent-Length: 0\r\n\r\n");

        assertThat(response.version()).isEqualTo("HTTP/1.0");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.reason()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsABareLfAtTheEndOfHeadLines(Feeding feeding) {
        ClientResponse response = parse(feeding, "GET", "HTTP/1.1 200 OK\nContent-Length: 2\n\nhi");

        assertThat(response.bodyText()).isEqualTo("hi");
    }

    @Test
    void isEmptyWhenTheServerClosesBeforeAnyByte() throws IOException {
        assertThat(new ResponseParser().parse(new ByteArrayInputStream(new byte[0]), "GET")).isEmpty();
    }

    static Stream<Arguments> malformedResponses() {
        String ok = "HTTP/1.1 200 OK\r\n";
        return Stream.of(
                argumentSet("not HTTP at all", "SSH-2.0-OpenSSH_9.6\r\n\r\n", "expected 'HTTP/1.1 <status> <reason>'"),
                argumentSet("HTTP/2 version", "HTTP/2 200 OK\r\n\r\n", "expected HTTP/1.x"),
                argumentSet("lowercase version", "http/1.1 200 OK\r\n\r\n", "expected HTTP/1.x"),
                argumentSet("status without a reason or its space", "HTTP/1.1 200\r\n\r\n", "three digits and a space"),
                argumentSet("reason glued to the status", "HTTP/1.1 200OK\r\n\r\n", "three digits and a space"),
                argumentSet("two-digit status", "HTTP/1.1 20 OK\r\n\r\n", "three digits and a space"),
                argumentSet("letters in the status", "HTTP/1.1 2OO OK\r\n\r\n", "from 100 to 599"),
                argumentSet("status below 100", "HTTP/1.1 099 Odd\r\n\r\n", "from 100 to 599"),
                argumentSet("status above 599", "HTTP/1.1 600 Odd\r\n\r\n", "from 100 to 599"),
                argumentSet("control character in the reason", "HTTP/1.1 200 O\u0001K\r\n\r\n", "reason phrase"),
                argumentSet("closed mid status line", "HTTP/1.1 200 O", "expected a status line"),
                argumentSet("bare CR in the status line", "HTTP/1.1 200 O\rK\r\n\r\n", "expected a status line"),
                argumentSet("header without colon", ok + "Content-Length 5\r\n\r\nhello", "expected ':'"),
                argumentSet("space before colon", ok + "Content-Length : 5\r\n\r\nhello", "whitespace between field name"),
                argumentSet("obsolete line folding", ok + "X-A: a\r\n b\r\n\r\n", "obsolete line folding"),
                argumentSet("closed before the empty line", ok + "Content-Length: 5\r\n", "expected header fields"),
                argumentSet("both Content-Length and chunked",
                        ok + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "not both"),
                argumentSet("Content-Length values differ", ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                        "Content-Length values differ"),
                argumentSet("signed Content-Length", ok + "Content-Length: +5\r\n\r\nhello", "digits only"),
                argumentSet("body shorter than Content-Length", ok + "Content-Length: 10\r\n\r\nhello",
                        "expected 10 body bytes (Content-Length), but the connection closed after 5"),
                argumentSet("an encoding other than chunked", ok + "Transfer-Encoding: gzip\r\n\r\nxyz", "chunked"),
                argumentSet("chunk size not hex", ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed chunk size"),
                argumentSet("chunk longer than its size", ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
                        "expected CRLF after chunk data"),
                argumentSet("closed inside the chunks", ok + "Transfer-Encoding: chunked\r\n\r\n5\r\nhel",
                        "expected a chunked body"));
    }

    @ParameterizedTest
    @MethodSource("malformedResponses")
    void refusesMalformedResponseSayingWhatWasExpected(String response, String messageFragment) {
        assertRefused(Wire.bytes(response), Limits.DEFAULTS, messageFragment);
    }

    static Stream<Arguments> responsesBeyondALimit() {
        Limits small = new Limits(32, 64, 3, 10, Limits.HEADER_TIMEOUT);
        String ok = "HTTP/1.1 200 OK\r\n";
        return Stream.of(
                argumentSet("status line", small, "HTTP/1.1 200 " + "O".repeat(30) + "\r\n\r\n", "longer than 32 bytes"),
                argumentSet("header section", small, ok + "X-A: " + "a".repeat(70) + "\r\n\r\n", "larger than 64 bytes"),
                argumentSet("header count", small, ok + "A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", "more than 3 header fields"),
                argumentSet("Content-Length body", small, ok + "Content-Length: 11\r\n\r\nhello world", "at most 10 bytes, got 11"),
                argumentSet("body until close", small, ok + "\r\nhello world", "at most 10 bytes"),
                argumentSet("chunked body", small, ok + "Transfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n",
                        "larger than 10 bytes"));
    }

    @ParameterizedTest
    @MethodSource("responsesBeyondALimit")
    void refusesResponseBeyondALimit(Limits limits, String response, String messageFragment) {
        assertRefused(Wire.bytes(response), limits, messageFragment);
    }

    /** Whole and one byte per read, the parser must throw a {@link BadResponseException} containing the fragment. */
    private static void assertRefused(byte[] sent, Limits limits, String messageFragment) {
        for (Feeding feeding : List.of(Feeding.WHOLE, Feeding.ONE_BYTE_PER_READ)) {
            InputStream in = feeding.open(sent);
            assertThatThrownBy(() -> new ResponseParser(limits).parse(in, "GET"))
                    .as("%s: %s", feeding, Wire.escape(sent))
                    .isInstanceOf(BadResponseException.class)
                    .hasMessageContaining(messageFragment);
        }
    }
}
