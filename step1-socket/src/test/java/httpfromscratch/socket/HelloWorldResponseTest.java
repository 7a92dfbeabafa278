package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import httpfromscratch.testing.RandomValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exercises 1.4 and 1.5 on strings and byte arrays: what the chapter promises, with text of the test's own. */
class HelloWorldResponseTest {

    @Test
    void contentLengthCountsTheUtf8BytesOfAnyText() {
        String text = RandomValues.wideWord();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;

        Map<String, String> headers = headers(HelloWorldHandler.response(text));

        assertThat(headers.get("content-length"))
                .as("Content-Length for the text '%s': it counts the UTF-8 bytes of the body (%d), not its %d characters,"
                        + " and it must be computed, not typed in", text, bytes, text.length())
                .isEqualTo(Integer.toString(bytes));
    }

    @Test
    void theBodyIsTheTextAfterTheEmptyLine() {
        String text = RandomValues.wideWord();
        String response = HelloWorldHandler.response(text);

        assertThat(response).as("the response must end with an empty line (CR LF CR LF) and then the text")
                .endsWith("\r\n\r\n" + text);
    }

    @Test
    void startsWithTheStatusLineAndEndsEveryHeadLineWithCrLf() {
        String response = HelloWorldHandler.response(RandomValues.word());
        String head = response.substring(0, response.indexOf("\r\n\r\n") + 2);

        assertThat(head).as("the status line").startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(head.replace("\r\n", "")).as("the head with its CR LF line endings removed: a lone \\n or \\r is left")
                .doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void announcesThatTheServerClosesTheConnection() {
        Map<String, String> headers = headers(HelloWorldHandler.response(RandomValues.word()));

        assertThat(headers.get("connection"))
                .as("the server hangs up after one response, so the response must say 'Connection: close'")
                .isEqualToIgnoringCase("close");
        assertThat(headers.get("content-type")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void stopsReadingWhenTheClientClosesInTheMiddleOfTheHead() {
        ByteArrayInputStream in = new ByteArrayInputStream(
                ("GET /" + RandomValues.word() + " HTTP/1.1\r\nHost: x\r\n").getBytes(StandardCharsets.US_ASCII));

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HelloWorldHandler.skipRequestHead(in),
                "skipRequestHead must return when read() gives -1 (the client closed), not loop forever");
        assertThat(in.available()).isZero();
    }

    @Test
    void stopsReadingAtAnEmptyStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HelloWorldHandler.skipRequestHead(in),
                "skipRequestHead must return when read() gives -1 (the client closed), not loop forever");
    }

    @Test
    void leavesEverythingAfterTheEmptyLineUnread() throws Exception {
        String rest = RandomValues.word();
        ByteArrayInputStream in = new ByteArrayInputStream(
                ("POST / HTTP/1.1\r\nHost: x\r\n\r\n" + rest).getBytes(StandardCharsets.US_ASCII));

        HelloWorldHandler.skipRequestHead(in);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                .as("the bytes after CR LF CR LF belong to the body: skipRequestHead must not read them").isEqualTo(rest);
    }

    @Test
    void aLoneCrLfIsNotTheEndOfTheHead() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(
                "GET / HTTP/1.1\r\nA: 1\r\n\rB: 2\r\n\r\nrest".getBytes(StandardCharsets.US_ASCII));

        HelloWorldHandler.skipRequestHead(in);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                .as("only CR LF CR LF in a row ends the head").isEqualTo("rest");
    }

    @Test
    void findsCrLfCrLfWhereverItStarts() throws Exception {
        // A CR that does not continue the match may itself start the ending: "\r\r\n\r\n" ends the head.
        assertThat(restAfterHead("GET / HTTP/1.1\r\nA: 1\r\r\n\r\nrest"))
                .as("after a CR that breaks the match, that CR may begin CR LF CR LF").isEqualTo("rest");
        // Any other byte starts from nothing: "b\n\r\n" is not CR LF CR LF.
        assertThat(restAfterHead("GET / HTTP/1.1\r\nA: b\n\r\nC: d\r\n\r\nrest"))
                .as("a byte that breaks the match, other than CR, starts the count again at 0").isEqualTo("rest");
    }

    private static String restAfterHead(String request) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(request.getBytes(StandardCharsets.US_ASCII));
        HelloWorldHandler.skipRequestHead(in);
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void handleReadsTheRequestHeadBeforeAnswering() throws IOException {
        String body = RandomValues.word();
        ByteArrayInputStream in = new ByteArrayInputStream(
                ("POST / HTTP/1.1\r\nHost: x\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Socket connection = new Socket() {
            @Override
            public InputStream getInputStream() {
                return in;
            }

            @Override
            public OutputStream getOutputStream() {
                return out;
            }
        };

        new HelloWorldHandler().handle(connection);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                .as("handle() reads the head first: unread bytes make the close a reset, and the client"
                        + " may lose the response").isEqualTo(body);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200 OK\r\n");
    }

    /** The header fields of a response, names in lower case (they are case-insensitive). */
    private static Map<String, String> headers(String response) {
        int headEnd = response.indexOf("\r\n\r\n");
        assertThat(headEnd).as("the empty line (CR LF CR LF) that ends the head").isPositive();
        List<String> lines = List.of(response.substring(0, headEnd).split("\r\n"));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            assertThat(colon).as("a header line is 'Name: value', got '%s'", line).isPositive();
            headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return headers;
    }
}
