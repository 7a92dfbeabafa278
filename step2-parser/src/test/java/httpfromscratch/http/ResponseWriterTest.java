package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes {@link ResponseWriter} puts on the wire, compared exactly. */
class ResponseWriterTest {

    /** IMF-fixdate (RFC 9110 §5.6.7): {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final String IMF_FIXDATE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3][0-9] (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                    + "[0-9]{4} [0-2][0-9]:[0-5][0-9]:[0-6][0-9] GMT";

    private static final Pattern DATE_LINE = Pattern.compile("Date: (" + IMF_FIXDATE + ")\r\n");

    private static byte[] write(HttpResponse response, boolean includeBody) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResponseWriter.write(response, out, includeBody);
        return out.toByteArray();
    }

    /** The output with its one Date line replaced by {@code Date: <date>}, after checking its format. */
    private static String withoutDate(byte[] written) {
        String text = Wire.text(written);
        Matcher date = DATE_LINE.matcher(text);
        assertThat(date.find()).as("an IMF-fixdate Date line in %s", Wire.escape(written)).isTrue();
        String rest = text.substring(0, date.start()) + "Date: <date>\r\n" + text.substring(date.end());
        assertThat(DATE_LINE.matcher(rest).find()).as("only one Date line in %s", Wire.escape(written)).isFalse();
        return rest;
    }

    @Test
    void writesTextResponseByteForByte() throws IOException {
        byte[] written = write(HttpResponse.text(200, "héllo"), true);

        byte[] expected = Wire.concat(Wire.bytes("""
                HTTP/1.1 200 OK\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Length: 6\r
                Date: <date>\r
                \r
                """), Wire.utf8("héllo"));
        assertThat(Wire.escape(Wire.bytes(withoutDate(written)))).isEqualTo(Wire.escape(expected));
    }

    @Test
    void usesCrLfForEveryLineOfTheHead() throws IOException {
        byte[] written = write(HttpResponse.text(404, "no\nsuch\nthing").withHeader("X-A", "1"), true);
        String text = Wire.text(written);
        String head = text.substring(0, text.indexOf("\r\n\r\n") + 4);

        assertThat(head.replace("\r\n", "")).as(Wire.escape(written)).doesNotContain("\r").doesNotContain("\n");
        assertThat(head).startsWith("HTTP/1.1 404 Not Found\r\n");
        assertThat(text).endsWith("\r\n\r\nno\nsuch\nthing");
    }

    @Test
    void writesTheReasonPhraseForTheStatus() throws IOException {
        assertThat(Wire.text(write(HttpResponse.text(500, "x"), true))).startsWith("HTTP/1.1 500 Internal Server Error\r\n");
        assertThat(Wire.text(write(HttpResponse.text(413, "x"), true))).startsWith("HTTP/1.1 413 Content Too Large\r\n");
        assertThat(Wire.text(write(HttpResponse.text(431, "x"), true)))
                .startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n");
        assertThat(Wire.text(write(HttpResponse.text(505, "x"), true)))
                .startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n");
    }

    @Test
    void keepsTheSpaceBeforeAnEmptyReasonPhrase() throws IOException {
        // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]
        assertThat(Wire.text(write(HttpResponse.text(299, "x"), true))).startsWith("HTTP/1.1 299 \r\n");
    }

    @Test
    void replacesContentLengthSetByTheHandler() throws IOException {
        HttpResponse response = HttpResponse.text(200, "hello")
                .withHeaders(Headers.of("Content-Type", "text/plain", "Content-Length", "999", "content-length", "1"));

        String text = withoutDate(write(response, true));

        assertThat(text).as(Wire.escape(text)).isEqualTo("""
                HTTP/1.1 200 OK\r
                Content-Type: text/plain\r
                Content-Length: 5\r
                Date: <date>\r
                \r
                hello""");
    }

    @Test
    void keepsHandlerHeadersInOrderBeforeTheFramingHeaders() throws IOException {
        HttpResponse response = new HttpResponse(201,
                Headers.of("Location", "/data/1", "Set-Cookie", "a=1", "Set-Cookie", "b=2", "Content-Type", "application/json"),
                Body.of(Wire.utf8("{}")));

        String text = withoutDate(write(response, true));

        assertThat(text).as(Wire.escape(text)).isEqualTo("""
                HTTP/1.1 201 Created\r
                Location: /data/1\r
                Set-Cookie: a=1\r
                Set-Cookie: b=2\r
                Content-Type: application/json\r
                Content-Length: 2\r
                Date: <date>\r
                \r
                {}""");
    }

    @Test
    void keepsADateSetByTheHandler() throws IOException {
        HttpResponse response = HttpResponse.text(200, "x").withHeader("Date", "Sun, 06 Nov 1994 08:49:37 GMT");

        String text = Wire.text(write(response, true));

        assertThat(text).as(Wire.escape(text)).containsOnlyOnce("Date: ").contains("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304})
    void writesNoContentLengthAndNoBodyForStatusesWithoutBody(int status) throws IOException {
        byte[] written = write(HttpResponse.empty(status), true);

        assertThat(withoutDate(written)).as(Wire.escape(written))
                .isEqualTo("HTTP/1.1 " + status + " " + Status.reasonPhrase(status) + "\r\nDate: <date>\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304})
    void dropsABodyAHandlerGaveToAStatusWithoutBody(int status) throws IOException {
        byte[] written = write(HttpResponse.text(status, "should not be sent"), true);
        String text = Wire.text(written);

        assertThat(text).as(Wire.escape(written)).endsWith("\r\n\r\n").doesNotContain("should not be sent")
                .doesNotContainIgnoringCase("Content-Length");
    }

    @Test
    void writesHeadResponseWithTheGetsContentLengthAndNoBody() throws IOException {
        HttpResponse response = HttpResponse.text(200, "héllo");

        String get = withoutDate(write(response, true));
        String head = withoutDate(write(response, false));

        assertThat(head).as(Wire.escape(head)).contains("Content-Length: 6\r\n").endsWith("\r\n\r\n");
        assertThat(get).as("GET is HEAD plus the body").isEqualTo(head + Wire.text(Wire.utf8("héllo")));
    }

    @Test
    void writesEmptyBodyWithContentLengthZeroAndNoContentType() throws IOException {
        String text = withoutDate(write(HttpResponse.empty(200), true));

        assertThat(text).as(Wire.escape(text)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nDate: <date>\r\n\r\n");
    }

    @Test
    void labelsABodyWithoutContentTypeAsOctetStream() throws IOException {
        byte[] bytes = {0x00, (byte) 0xFF, 0x10};

        byte[] written = write(new HttpResponse(200, Headers.empty(), Body.of(bytes)), true);

        String text = withoutDate(written);
        assertThat(text).as(Wire.escape(written)).isEqualTo(
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 3\r\nDate: <date>\r\n\r\n"
                        + Wire.text(bytes));
    }

    @Test
    void writesAStreamingBody() throws IOException {
        Body streamed = new Body() {
            @Override
            public long length() {
                return 3 * 4;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                for (int i = 0; i < 3; i++) {
                    out.write(Wire.bytes("part"));
                    out.flush();
                }
            }
        };

        String text = withoutDate(write(new HttpResponse(200, Headers.of("Content-Type", "text/plain"), streamed), true));

        assertThat(text).as(Wire.escape(text))
                .isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nDate: <date>\r\n\r\npartpartpart");
    }

    @Test
    void doesNotStartAStreamingBodyForHead() throws IOException {
        Body untouchable = new Body() {
            @Override
            public long length() {
                return 1_000_000;
            }

            @Override
            public void writeTo(OutputStream out) {
                throw new AssertionError("a HEAD response must not write its body");
            }
        };

        String text = withoutDate(write(new HttpResponse(200, Headers.of("Content-Type", "text/plain"), untouchable), false));

        assertThat(text).contains("Content-Length: 1000000\r\n").endsWith("\r\n\r\n");
    }

    @Test
    void flushesWhatItWrites() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(sink, 64 * 1024);

        ResponseWriter.write(HttpResponse.text(200, "flushed"), buffered, true);

        assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("\r\n\r\nflushed");
    }

    @Test
    void writesJsonAndHtmlFactoriesWithTheirContentTypes() throws IOException {
        assertThat(Wire.text(write(HttpResponse.json(200, "{\"a\":1}"), true)))
                .contains("Content-Type: application/json\r\n").endsWith("\r\n\r\n{\"a\":1}");
        assertThat(Wire.text(write(HttpResponse.html(200, "<p>é</p>"), true)))
                .contains("Content-Type: text/html; charset=utf-8\r\n", "Content-Length: 9\r\n");
    }
}
