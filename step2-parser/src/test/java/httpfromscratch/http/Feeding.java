package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The ways every good request is fed to the parser (STYLE rule 14): whole, one byte per read, and
 * followed by a second request that must still be in the stream afterwards, untouched.
 */
enum Feeding {

    WHOLE(false, false),
    ONE_BYTE_PER_READ(true, false),
    FOLLOWED_BY_A_SECOND_REQUEST(false, true),
    ONE_BYTE_PER_READ_FOLLOWED_BY_A_SECOND_REQUEST(true, true);

    /** What comes after the request under test when {@link #followed} is set. */
    static final String SECOND_REQUEST = "GET /second?n=2 HTTP/1.1\r\nHost: second.example\r\n\r\n";

    private final boolean oneBytePerRead;
    private final boolean followed;

    Feeding(boolean oneBytePerRead, boolean followed) {
        this.oneBytePerRead = oneBytePerRead;
        this.followed = followed;
    }

    HttpRequest parse(String request) {
        return parse(Wire.bytes(request), Limits.DEFAULTS);
    }

    HttpRequest parse(byte[] request) {
        return parse(request, Limits.DEFAULTS);
    }

    /**
     * Parses {@code request}; when followed by a second request, also checks that the parser took
     * exactly the first one: the second parses intact and nothing is left after it.
     */
    HttpRequest parse(byte[] request, Limits limits) {
        byte[] sent = followed ? Wire.concat(request, Wire.bytes(SECOND_REQUEST)) : request;
        String shown = "parsing (" + this + ") " + Wire.escape(sent);
        InputStream in = open(sent);
        RequestParser parser = new RequestParser(limits);
        try {
            Optional<HttpRequest> first = parser.parse(in);
            assertThat(first).as(shown).isPresent();
            if (followed) {
                Optional<HttpRequest> second = parser.parse(in);
                assertThat(second).as("second request after " + shown).hasValueSatisfying(next -> {
                    assertThat(next.method()).isEqualTo("GET");
                    assertThat(next.target()).isEqualTo("/second?n=2");
                    assertThat(next.header("Host")).hasValue("second.example");
                    assertThat(next.bodyLength()).isZero();
                });
            }
            assertThat(in.read()).as("bytes left after " + shown).isEqualTo(-1);
            return first.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(byte[] bytes) {
        InputStream in = new ByteArrayInputStream(bytes);
        return oneBytePerRead ? new OneByteAtATimeInputStream(in) : in;
    }
}
