package httpfromscratch.http;

import static httpfromscratch.http.ParserAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser on in-memory bytes. Every good request is fed each {@link Feeding} way: whole, one
 * byte per read, and with a second request behind it that must be left untouched.
 */
class RequestParserTest {

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void parsesGetWithoutBody(Feeding feeding) {
        HttpRequest request = feeding.parse("GET /hello HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n");

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/hello");
        assertThat(request.path()).isEqualTo("/hello");
        assertThat(request.query()).isEmpty();
        assertThat(request.version()).isEqualTo("HTTP/1.1");
        assertThat(request.headers().fields()).containsExactly(
                new Headers.Field("Host", "example.com"), new Headers.Field("Accept", "*/*"));
        assertThat(request.body()).isEmpty();
        assertThat(request.pathParameters()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void readsContentLengthBodyAsRawBytes(Feeding feeding) {
        byte[] body = {0x00, (byte) 0xFF, 'a', '\r', '\n', (byte) 0x80, '\r', '\n', '\r', '\n', 0x7F};
        byte[] request = Wire.concat(
                Wire.bytes("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n"), body);

        HttpRequest parsed = feeding.parse(request);

        assertThat(parsed.method()).isEqualTo("POST");
        assertThat(parsed.body()).as(Wire.escape(parsed.body())).containsExactly(body);
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void countsContentLengthInBytesNotCharacters(Feeding feeding) {
        String text = "héllo wörld ✓ 日本";
        byte[] body = Wire.utf8(text);
        byte[] request = Wire.concat(Wire.bytes(
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n"), body);

        HttpRequest parsed = feeding.parse(request);

        assertThat(body.length).isGreaterThan(text.length());
        assertThat(parsed.bodyLength()).isEqualTo(body.length);
        assertThat(parsed.bodyText()).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void readsEmptyBodyWhenContentLengthIsZero(Feeding feeding) {
        HttpRequest parsed = feeding.parse("POST /empty HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");

        assertThat(parsed.body()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void looksUpHeaderNamesCaseInsensitively(Feeding feeding) {
        HttpRequest request = feeding.parse(
                "POST / HTTP/1.1\r\nhOsT: x\r\ncontent-TYPE: text/plain\r\ncontent-length: 3\r\n\r\nabc");

        assertThat(request.header("Content-Type")).hasValue("text/plain");
        assertThat(request.header("CONTENT-TYPE")).hasValue("text/plain");
        assertThat(request.header("Host")).hasValue("x");
        assertThat(request.bodyText()).as("lower-case content-length frames the body").isEqualTo("abc");
        assertThat(request.headers().fields().get(1).name()).as("the name is kept as sent").isEqualTo("content-TYPE");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void keepsRepeatedHeadersInOrder(Feeding feeding) {
        HttpRequest request = feeding.parse("GET / HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nX-Other: 1\r\n"
                + "accept: text/plain\r\nACCEPT: */*\r\n\r\n");

        assertThat(request.headers().all("Accept")).containsExactly("text/html", "text/plain", "*/*");
        assertThat(request.header("Accept")).hasValue("text/html");
        assertThat(request.headers().fields()).extracting(Headers.Field::name)
                .containsExactly("Host", "Accept", "X-Other", "accept", "ACCEPT");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void trimsOptionalWhitespaceAroundValues(Feeding feeding) {
        HttpRequest request = feeding.parse("GET / HTTP/1.1\r\nHost:x\r\nX-Padded: \t padded value \t \r\n"
                + "X-Tight:tight\r\n\r\n");

        assertThat(request.header("Host")).hasValue("x");
        assertThat(request.header("X-Padded")).as("inner whitespace stays").hasValue("padded value");
        assertThat(request.header("X-Tight")).hasValue("tight");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void allowsEmptyHeaderValue(Feeding feeding) {
        HttpRequest request = feeding.parse("GET / HTTP/1.1\r\nHost: x\r\nX-Empty:\r\nX-Blank:   \r\n\r\n");

        assertThat(request.header("X-Empty")).hasValue("");
        assertThat(request.header("X-Blank")).hasValue("");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void keepsNonAsciiHeaderBytesAsLatin1(Feeding feeding) {
        byte[] request = Wire.concat(Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\nX-Name: "),
                Wire.utf8("é"), Wire.bytes("\r\n\r\n"));

        HttpRequest parsed = feeding.parse(request);

        assertThat(parsed.header("X-Name")).as("obs-text survives byte for byte").hasValue("\u00c3\u00a9");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsBareLfLineEndings(Feeding feeding) {
        HttpRequest request = feeding.parse("POST /nc HTTP/1.1\nHost: x\nContent-Length: 2\n\nhi");

        assertThat(request.path()).isEqualTo("/nc");
        assertThat(request.header("Host")).hasValue("x");
        assertThat(request.bodyText()).isEqualTo("hi");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsMixedCrLfAndBareLfLineEndings(Feeding feeding) {
        HttpRequest request = feeding.parse("GET /mixed HTTP/1.1\nHost: x\r\nX-A: a\n\r\n");

        assertThat(request.header("X-A")).hasValue("a");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void skipsEmptyLinesBeforeTheRequestLine(Feeding feeding) {
        HttpRequest request = feeding.parse("\r\n\n\r\nGET /after-blank-lines HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(request.path()).isEqualTo("/after-blank-lines");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void parsesAbsoluteFormTarget(Feeding feeding) {
        HttpRequest request = feeding.parse("GET http://example.com:8080/a/b%20c?x=1&y=2 HTTP/1.1\r\nHost: example.com\r\n\r\n");

        assertThat(request.target()).as("target as sent").isEqualTo("http://example.com:8080/a/b%20c?x=1&y=2");
        assertThat(request.path()).isEqualTo("/a/b c");
        assertThat(request.query()).containsExactly(Map.entry("x", List.of("1")), Map.entry("y", List.of("2")));
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void parsesOptionsAsterisk(Feeding feeding) {
        HttpRequest request = feeding.parse("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(request.method()).isEqualTo("OPTIONS");
        assertThat(request.target()).isEqualTo("*");
        assertThat(request.path()).isEqualTo("*");
        assertThat(request.query()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void percentDecodesPathAndQuery(Feeding feeding) {
        HttpRequest request = feeding.parse(
                "GET /caf%C3%A9/a+b%20c?q=a+b%2Bc&q=%C3%A9&empty=&flag HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(request.path()).as("'+' is a plus in a path").isEqualTo("/café/a+b c");
        assertThat(request.query()).containsExactly(
                Map.entry("q", List.of("a b+c", "é")),
                Map.entry("empty", List.of("")),
                Map.entry("flag", List.of("")));
        assertThat(request.queryParameter("q")).hasValue("a b+c");
        assertThat(request.target()).as("target as sent, not decoded").startsWith("/caf%C3%A9/");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsHttp10WithoutHost(Feeding feeding) {
        HttpRequest request = feeding.parse("GET /old HTTP/1.0\r\nUser-Agent: old\r\n\r\n");

        assertThat(request.version()).isEqualTo("HTTP/1.0");
        assertThat(request.header("Host")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void acceptsHttp10WithHost(Feeding feeding) {
        HttpRequest request = feeding.parse("GET /old HTTP/1.0\r\nHost: x\r\n\r\n");

        assertThat(request.header("Host")).hasValue("x");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void processesALaterHttp1MinorVersionAsHttp11(Feeding feeding) {
        HttpRequest request = feeding.parse("GET /newer HTTP/1.2\r\nHost: x\r\n\r\n");

        assertThat(request.version()).as("RFC 9110 §2.5: answered as the highest 1.x we speak").isEqualTo("HTTP/1.1");
        assertThat(request.path()).isEqualTo("/newer");
    }

    @ParameterizedTest
    @MethodSource
    void acceptsHostValues(String host) {
        for (Feeding feeding : Feeding.values()) {
            HttpRequest request = feeding.parse("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");

            assertThat(request.header("Host")).as(feeding.toString()).hasValue(host);
        }
    }

    static Stream<String> acceptsHostValues() {
        return Stream.of("example.com", "example.com:8080", "localhost:", "127.0.0.1:8084", "[::1]", "[::1]:8084",
                "[::ffff:127.0.0.1]", "xn--caf-dma.example", "a_b-c~d.example", "%61.example", "", "EXAMPLE.COM");
    }

    @ParameterizedTest
    @EnumSource(Feeding.class)
    void keepsMethodCaseAndAcceptsAnyTokenMethod(Feeding feeding) {
        HttpRequest request = feeding.parse("M-SEARCH /x HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(request.method()).isEqualTo("M-SEARCH");
    }

    @Test
    void returnsEmptyWhenStreamEndsBeforeAnyByte() throws IOException {
        assertThat(new RequestParser().parse(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(new RequestParser().parse(new OneByteAtATimeInputStream(new ByteArrayInputStream(new byte[0]))))
                .isEmpty();
    }

    @Test
    void returnsEmptyAfterTheLastRequestOnTheStream() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(Wire.bytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        RequestParser parser = new RequestParser();

        assertThat(parser.parse(in)).isPresent();
        assertThat(parser.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource
    void rejectsMalformedRequest(String sent, int status, String messageFragment) {
        assertRejected(sent, status, messageFragment);
    }

    static Stream<Arguments> rejectsMalformedRequest() {
        String ok = "GET / HTTP/1.1\r\nHost: x\r\n";
        return Stream.of(
                // header fields
                argumentSet("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400, "whitespace between field name and ':'"),
                argumentSet("tab before colon", ok + "X-A\t: x\r\n\r\n", 400, "whitespace between field name and ':'"),
                argumentSet("obs-fold with spaces", ok + "X-A: a\r\n  continued\r\n\r\n", 400, "obsolete line folding"),
                argumentSet("obs-fold with a tab", ok + "X-A: a\r\n\tcontinued\r\n\r\n", 400, "obsolete line folding"),
                argumentSet("whitespace line right after the request line", "GET / HTTP/1.1\r\n Host: x\r\n\r\n", 400, "obsolete line folding"),
                argumentSet("missing colon", ok + "X-A value\r\n\r\n", 400, "expected ':'"),
                argumentSet("empty field name", ok + ": value\r\n\r\n", 400, "field name"),
                argumentSet("separator in field name", ok + "X(A): v\r\n\r\n", 400, "field name must be a token"),
                argumentSet("non-ASCII field name", ok + "X-\u00e9: v\r\n\r\n", 400, "field name must be a token"),
                argumentSet("control char in value", ok + "X-A: a\u0001b\r\n\r\n", 400, "control character"),
                argumentSet("NUL in value", ok + "X-A: a\u0000b\r\n\r\n", 400, "control character"),
                argumentSet("DEL in value", ok + "X-A: a\u007fb\r\n\r\n", 400, "control character"),
                argumentSet("bare CR in a header line", ok + "X-A: a\rb\r\n\r\n", 400, "bare CR"),
                argumentSet("bare CR as a line ending", ok + "X-A: a\r\r\n\r\n", 400, "bare CR"),
                argumentSet("bare CR in the request line", "GET /\r HTTP/1.1\r\nHost: x\r\n\r\n", 400, "bare CR"),
                // Host
                argumentSet("missing Host on HTTP/1.1", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", 400, "missing Host"),
                argumentSet("missing Host on HTTP/1.9, processed as HTTP/1.1", "GET / HTTP/1.9\r\nAccept: */*\r\n\r\n", 400, "missing Host"),
                argumentSet("two Host headers", ok + "Host: y\r\n\r\n", 400, "more than one Host"),
                argumentSet("two Host headers, different case", ok + "host: x\r\n\r\n", 400, "more than one Host"),
                argumentSet("two Host headers on HTTP/1.0", "GET / HTTP/1.0\r\nHost: x\r\nHost: y\r\n\r\n", 400, "more than one Host"),
                argumentSet("space in Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("path in Host", "GET / HTTP/1.1\r\nHost: example.com/admin\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("user info in Host", "GET / HTTP/1.1\r\nHost: user@example.com\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("two ports in Host", "GET / HTTP/1.1\r\nHost: example.com:80:81\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("letters as a port", "GET / HTTP/1.1\r\nHost: example.com:http\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("IPv6 without brackets and a port", "GET / HTTP/1.1\r\nHost: ::1:8080\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("unclosed IPv6 bracket", "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("name in brackets", "GET / HTTP/1.1\r\nHost: [example.com]\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("garbage after the IPv6 bracket", "GET / HTTP/1.1\r\nHost: [::1]x\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("bad percent-escape in Host", "GET / HTTP/1.1\r\nHost: a%zzb\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("non-ASCII in Host", "GET / HTTP/1.1\r\nHost: caf\u00e9.example\r\n\r\n", 400, "expected host or host:port"),
                argumentSet("invalid Host on HTTP/1.0", "GET / HTTP/1.0\r\nHost: a b\r\n\r\n", 400, "expected host or host:port"),
                // versions
                argumentSet("HTTP/2.0", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505, "HTTP/1.0 and HTTP/1.1"),
                argumentSet("HTTP/3.0", "GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505, "HTTP/1.0 and HTTP/1.1"),
                argumentSet("HTTP/2", "GET / HTTP/2\r\nHost: x\r\n\r\n", 505, "HTTP/1.0 and HTTP/1.1"),
                argumentSet("HTTP/0.9", "GET / HTTP/0.9\r\nHost: x\r\n\r\n", 505, "HTTP/1.0 and HTTP/1.1"),
                argumentSet("lower-case version", "GET / http/1.1\r\nHost: x\r\n\r\n", 400, "expected HTTP/1.1 or HTTP/1.0"),
                argumentSet("HTTP/1 without minor version", "GET / HTTP/1\r\nHost: x\r\n\r\n", 400, "expected HTTP/1.1 or HTTP/1.0"),
                argumentSet("letters as version numbers", "GET / HTTP/x.y\r\nHost: x\r\n\r\n", 400, "expected HTTP/1.1 or HTTP/1.0"),
                argumentSet("two-digit major version", "GET / HTTP/11\r\nHost: x\r\n\r\n", 400, "expected HTTP/1.1 or HTTP/1.0"),
                argumentSet("three-part version", "GET / HTTP/1.1.1\r\nHost: x\r\n\r\n", 400, "expected HTTP/1.1 or HTTP/1.0"),
                // request line
                argumentSet("missing version", "GET /\r\nHost: x\r\n\r\n", 400, "expected 'METHOD target HTTP/1.1'"),
                argumentSet("method only", "GET\r\nHost: x\r\n\r\n", 400, "expected 'METHOD target HTTP/1.1'"),
                argumentSet("leading space", " GET / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "expected 'METHOD target HTTP/1.1'"),
                argumentSet("two spaces after the method", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "request target"),
                argumentSet("two spaces before the version", "GET /  HTTP/1.1\r\nHost: x\r\n\r\n", 400, "request target"),
                argumentSet("trailing space", "GET / HTTP/1.1 \r\nHost: x\r\n\r\n", 400, "request target"),
                argumentSet("tabs as separators", "GET\t/\tHTTP/1.1\r\nHost: x\r\n\r\n", 400, "expected 'METHOD target HTTP/1.1'"),
                argumentSet("garbage method with separators", "g(e)t / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "method must be a token"),
                argumentSet("method with a colon", "GE:T / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "method must be a token"),
                argumentSet("non-ASCII in the target", "GET /caf\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "visible ASCII"),
                argumentSet("target without leading slash", "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n", 400, "must start with '/'"),
                argumentSet("asterisk for GET", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400, "must start with '/'"),
                argumentSet("malformed percent-escape in path", "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "malformed percent-encoding"),
                argumentSet("truncated percent-escape in path", "GET /a%4 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "incomplete percent-encoding"),
                argumentSet("malformed percent-escape in query", "GET /a?q=%g1 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "malformed percent-encoding"),
                argumentSet("truncated percent-escape in query", "GET /a?q=% HTTP/1.1\r\nHost: x\r\n\r\n", 400, "incomplete percent-encoding"),
                argumentSet("only empty lines", "\r\n".repeat(9) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "only empty lines"),
                // body framing
                argumentSet("Content-Length with plus sign", ok + "Content-Length: +5\r\n\r\nhello", 400, "digits only"),
                argumentSet("negative Content-Length", ok + "Content-Length: -1\r\n\r\n", 400, "digits only"),
                argumentSet("hex Content-Length", ok + "Content-Length: 0x10\r\n\r\n", 400, "digits only"),
                argumentSet("Content-Length with inner space", ok + "Content-Length: 5 5\r\n\r\nhello", 400, "digits only"),
                argumentSet("empty Content-Length", ok + "Content-Length:\r\n\r\n", 400, "digits only"),
                argumentSet("empty item in Content-Length list", ok + "Content-Length: 5,\r\n\r\nhello", 400, "digits only"),
                argumentSet("differing duplicate Content-Length", ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400, "differ"),
                argumentSet("differing Content-Length list", ok + "Content-Length: 5, 6\r\n\r\nhello!", 400, "differ"),
                argumentSet("Content-Length and Transfer-Encoding", ok + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 400, "both Transfer-Encoding and Content-Length"),
                argumentSet("Transfer-Encoding and Content-Length", ok + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 400, "both Transfer-Encoding and Content-Length"),
                // Transfer-Encoding: chunked must be the last coding, or nobody knows where the body ends (RFC 9112 §6.3)
                argumentSet("Transfer-Encoding gzip", ok + "Transfer-Encoding: gzip\r\n\r\n", 400, "last transfer coding must be 'chunked'"),
                argumentSet("Transfer-Encoding chunked, gzip", ok + "Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", 400, "last transfer coding must be 'chunked'"),
                argumentSet("Transfer-Encoding with parameters on chunked", ok + "Transfer-Encoding: chunked;x=1\r\n\r\n0\r\n\r\n", 400, "last transfer coding must be 'chunked'"),
                argumentSet("empty Transfer-Encoding", ok + "Transfer-Encoding: \r\n\r\n", 400, "last transfer coding must be 'chunked'"),
                argumentSet("Transfer-Encoding chunked twice", ok + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n0\r\n\r\n", 400, "more than once"),
                argumentSet("Transfer-Encoding chunked twice on two lines", ok + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "more than once"),
                argumentSet("Transfer-Encoding gzip, chunked", ok + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501, "only 'Transfer-Encoding: chunked'"),
                argumentSet("Transfer-Encoding gzip then chunked on two lines", ok + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n", 501, "only 'Transfer-Encoding: chunked'"),
                // only SP and HTAB are optional whitespace (RFC 9110 §5.5): a VT or FF is not trimmed away
                argumentSet("VT before chunked", ok + "Transfer-Encoding: \u000bchunked\r\n\r\n0\r\n\r\n", 400, "control character"),
                argumentSet("FF after chunked", ok + "Transfer-Encoding: chunked\u000c\r\n\r\n0\r\n\r\n", 400, "control character"),
                argumentSet("VT before a Content-Length", ok + "Content-Length: \u000b5\r\n\r\nhello", 400, "control character"),
                argumentSet("FF after a Content-Length", ok + "Content-Length: 5\u000c\r\n\r\nhello", 400, "control character"),
                argumentSet("unit separator around a value", ok + "X-A: \u001fa\u001f\r\n\r\n", 400, "control character"),
                argumentSet("truncated Content-Length body", ok + "Content-Length: 10\r\n\r\nhello", 400, "incomplete body"),
                // truncated heads
                argumentSet("EOF after the request line", "GET / HTTP/1.1\r\n", 400, "incomplete request"),
                argumentSet("EOF before the empty line", ok, 400, "incomplete request"),
                argumentSet("EOF mid header line", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a", 400, "incomplete request"),
                argumentSet("EOF mid request line", "GET / HTT", 400, "incomplete request"),
                argumentSet("EOF after the final CR", ok + "\r", 400, "incomplete request"));
    }
}
