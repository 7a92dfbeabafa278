package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Expect: 100-continue} (RFC 9110 §10.1.1): the parser answers {@code 100 Continue} between
 * the head and the body, and only when it is about to read a body. Each case runs whole and one
 * byte per read, with a second request behind it that must parse untouched.
 */
class ExpectContinueTest {

    private static final String SECOND_REQUEST = "GET /second HTTP/1.1\r\nHost: x\r\n\r\n";

    /** Parses head + rest; returns what the parser wrote back, after checking the request and the one behind it. */
    private static String parse(String head, String rest, boolean oneBytePerRead, String expectedBody) throws IOException {
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        InputStream in = new ClientAwaitingContinue(Wire.bytes(head), Wire.bytes(rest + SECOND_REQUEST), answers);
        if (oneBytePerRead) {
            in = new OneByteAtATimeInputStream(in);
        }
        RequestParser parser = new RequestParser();

        Optional<HttpRequest> request = parser.parse(in, answers);
        String written = Wire.text(answers.toByteArray());
        Optional<HttpRequest> second = parser.parse(in, answers);

        String shown = Wire.escape(head + rest);
        assertThat(request).as(shown).hasValueSatisfying(r -> assertThat(r.bodyText()).isEqualTo(expectedBody));
        assertThat(second).as("the request after " + shown).hasValueSatisfying(r -> assertThat(r.path()).isEqualTo("/second"));
        assertThat(Wire.text(answers.toByteArray())).as("nothing more written for the second request").isEqualTo(written);
        assertThat(in.read()).as("bytes left after " + shown).isEqualTo(-1);
        return written;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sendsContinueBeforeReadingAContentLengthBody(boolean oneBytePerRead) throws IOException {
        String written = parse("PUT /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n",
                "hello", oneBytePerRead, "hello");

        assertThat(written).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sendsContinueBeforeReadingAChunkedBody(boolean oneBytePerRead) throws IOException {
        String written = parse("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n",
                "5\r\nhello\r\n0\r\n\r\n", oneBytePerRead, "hello");

        assertThat(written).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-Continue", "100-CONTINUE", " 100-continue\t", ", 100-continue,"})
    void readsTheExpectationCaseInsensitivelyAsAList(String expect) throws IOException {
        String written = parse("POST / HTTP/1.1\r\nHost: x\r\nExpect:" + expect + "\r\nContent-Length: 2\r\n\r\n",
                "ok", true, "ok");

        assertThat(written).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    }

    @Test
    void sendsNoContinueWhenThereIsNoBodyToRead() throws IOException {
        // A client must not expect 100 without a body; if it does anyway, there is nothing to wait for.
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        String sent = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n" + SECOND_REQUEST;
        InputStream in = new OneByteAtATimeInputStream(new ByteArrayInputStream(Wire.bytes(sent)));
        RequestParser parser = new RequestParser();

        assertThat(parser.parse(in, answers)).hasValueSatisfying(r -> assertThat(r.bodyLength()).isZero());
        assertThat(parser.parse(in, answers)).hasValueSatisfying(r -> assertThat(r.path()).isEqualTo("/second"));
        assertThat(answers.toByteArray()).as(Wire.escape(answers.toByteArray())).isEmpty();
    }

    @Test
    void ignoresTheExpectationOfAnHttp10Client() throws IOException {
        // RFC 9110 §10.1.1: an HTTP/1.0 client cannot understand 100; the server MUST ignore the expectation.
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        String sent = "POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok" + SECOND_REQUEST;
        InputStream in = new OneByteAtATimeInputStream(new ByteArrayInputStream(Wire.bytes(sent)));
        RequestParser parser = new RequestParser();

        assertThat(parser.parse(in, answers)).hasValueSatisfying(r -> assertThat(r.bodyText()).isEqualTo("ok"));
        assertThat(parser.parse(in, answers)).hasValueSatisfying(r -> assertThat(r.path()).isEqualTo("/second"));
        assertThat(answers.toByteArray()).as(Wire.escape(answers.toByteArray())).isEmpty();
    }

    @Test
    void refusesABodyOverTheLimitFromTheHeadAloneWithoutContinue() {
        long limit = Limits.DEFAULTS.maxBodyBytes();
        assertRefusedWithoutContinue("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " + (limit + 1) + "\r\n\r\n",
                Status.CONTENT_TOO_LARGE, "body larger than");
    }

    @Test
    void refusesAnExpectationItCannotMeetWith417() {
        assertRefusedWithoutContinue("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue, x-fast-lane\r\nContent-Length: 2\r\n\r\n",
                Status.EXPECTATION_FAILED, "got 'x-fast-lane'");
    }

    @Test
    void refusesABadHeadWithoutContinue() {
        assertRefusedWithoutContinue("PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n",
                Status.BAD_REQUEST, "missing Host");
    }

    @Test
    void parseWithoutAnOutputStreamWritesNothingAndStillReadsTheBody() throws IOException {
        InputStream in = new ByteArrayInputStream(Wire.bytes(
                "PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok"));

        assertThat(new RequestParser().parse(in)).hasValueSatisfying(r -> assertThat(r.bodyText()).isEqualTo("ok"));
    }

    private static void assertRefusedWithoutContinue(String head, int status, String messageFragment) {
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        InputStream in = new ClientAwaitingContinue(Wire.bytes(head), Wire.bytes("ok"), answers);

        assertThatThrownBy(() -> new RequestParser().parse(in, answers))
                .as(Wire.escape(head))
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(messageFragment);
                });
        assertThat(answers.toByteArray()).as("no 100 Continue before a refusal").isEmpty();
    }
}
