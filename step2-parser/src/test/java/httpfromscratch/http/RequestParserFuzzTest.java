package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser against any bytes at all. In a normal build, Jazzer replays the inputs committed under
 * {@code src/test/resources/httpfromscratch/http/RequestParserFuzzTestInputs/}, the smuggling
 * shapes among them, in well under a second. With {@code JAZZER_FUZZ=1} it mutates them for real,
 * guided by coverage (chapter 2, "Fuzzing the parser").
 *
 * <p>What must hold for every input: the parser either returns requests or throws an
 * {@link HttpException} with a 4xx or 5xx status (never another exception, never a hang); and it
 * reads the same thing, request by request, whether the bytes come all at once or one per read.
 */
class RequestParserFuzzTest {

    /** Small limits, so the fuzzer reaches each of them with short inputs. */
    private static final Limits SMALL = new Limits(64, 256, 8, 64, Limits.HEADER_TIMEOUT);

    @FuzzTest(maxDuration = "5m")
    void parsesOrRefusesAnyBytesTheSameWayHoweverTheyArrive(byte[] input) {
        Outcome whole = parseAll(new ByteArrayInputStream(input));
        Outcome oneByteAtATime = parseAll(new OneByteAtATimeInputStream(new ByteArrayInputStream(input)));

        assertThat(oneByteAtATime).as(Wire.escape(input)).isEqualTo(whole);
        if (whole.refusedWith() != NOT_REFUSED) {
            assertThat(whole.refusedWith()).as(Wire.escape(input) + ": " + whole.reason()).isBetween(400, 599);
        }
    }

    private static final int NOT_REFUSED = 0;

    /** The requests read, what was written back (100 Continue), and the refusal that ended it, if any. */
    private record Outcome(List<HttpRequest> requests, String written, int refusedWith, String reason) {
    }

    private static Outcome parseAll(InputStream in) {
        RequestParser parser = new RequestParser(SMALL);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<HttpRequest> requests = new ArrayList<>();
        try {
            while (true) {
                var request = parser.parse(in, written);
                if (request.isEmpty()) {
                    return new Outcome(requests, Wire.text(written.toByteArray()), NOT_REFUSED, "");
                }
                requests.add(request.get());
            }
        } catch (HttpException e) {
            return new Outcome(requests, Wire.text(written.toByteArray()), e.status(), e.getMessage());
        } catch (IOException e) {
            throw new AssertionError("an in-memory stream cannot fail", e);
        }
    }
}
