package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Shared checks for requests the parser must refuse. */
final class ParserAssertions {

    private ParserAssertions() {
    }

    static void assertRejected(String sent, int status, String messageFragment) {
        assertRejected(Wire.bytes(sent), Limits.DEFAULTS, status, messageFragment);
    }

    /**
     * Parses {@code sent} whole and then one byte per read; both must throw an {@link HttpException}
     * with {@code status} and a message that contains {@code messageFragment}.
     */
    static void assertRejected(byte[] sent, Limits limits, int status, String messageFragment) {
        for (boolean oneBytePerRead : new boolean[] {false, true}) {
            InputStream in = new ByteArrayInputStream(sent);
            if (oneBytePerRead) {
                in = new OneByteAtATimeInputStream(in);
            }
            InputStream stream = in;
            String shown = (oneBytePerRead ? "one byte per read: " : "whole: ") + Wire.escape(sent);
            assertThatThrownBy(() -> new RequestParser(limits).parse(stream))
                    .as("expected HTTP %d for %s", status, shown)
                    .isInstanceOfSatisfying(HttpException.class, e -> {
                        assertThat(e.status()).as("status for %s (message: %s)", shown, e.getMessage())
                                .isEqualTo(status);
                        assertThat(e.getMessage()).as("message for %s", shown).contains(messageFragment);
                    });
        }
    }
}
