package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.testing.RandomValues;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exercises 2.2 and 2.3 against the shortcuts a hurried solution takes: "visible ASCII" as
 * {@code < 128}, and {@code trim()} for the optional whitespace around a field value.
 */
class WrongSolutionsTest {

    @ParameterizedTest(name = "character {0} in the target")
    @ValueSource(ints = {0x7F, 0x80, 0xE9, 0xFF, 0x1F})
    void refusesATargetWithACharacterThatIsNotVisibleAscii(int c) {
        String line = "GET /" + RandomValues.word() + (char) c + " HTTP/1.1";

        assertThatThrownBy(() -> RequestLine.parse(line))
                .as("visible ASCII is 0x21 to 0x7E: DEL (0x7F) and bytes above it are not, so '%s' is a 400",
                        Wire.escape(line))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void keepsTheTargetItWasSent() {
        String target = "/" + RandomValues.word() + "/" + RandomValues.word() + "?q=" + RandomValues.word() + "~!";

        assertThat(RequestLine.parse("GET " + target + " HTTP/1.1").target()).isEqualTo(target);
    }

    @ParameterizedTest(name = "control character {0} around the value")
    @ValueSource(ints = {0x01, 0x0B, 0x0C, 0x1C, 0x1F, 0x7F})
    void refusesAControlCharacterAtEitherEndOfAFieldValue(int c) {
        String value = RandomValues.word();
        for (String line : new String[] {"X-Test: " + value + (char) c, "X-Test: " + (char) c + value}) {
            assertThatThrownBy(() -> RequestParser.parseField(line))
                    .as("only spaces and tabs are optional whitespace around a field value (RFC 9110 §5.6.3);"
                            + " trim() or strip() would silently drop control character 0x%02X, which must be a 400", c)
                    .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void dropsSpacesAndTabsAroundAFieldValueButKeepsThoseInside() {
        String value = RandomValues.word() + " \t" + RandomValues.word();

        Headers.Field field = RequestParser.parseField("X-Test: \t " + value + " \t ");

        assertThat(field.value()).isEqualTo(value);
        assertThat(field.name()).isEqualTo("X-Test");
    }

    @Test
    void refusesAnEmptyTarget() {
        assertThatThrownBy(() -> RequestLine.parse("GET  HTTP/1.1"))
                .as("two spaces in a row leave an empty request target, which is a 400, not a request for ''")
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void refusesALineThatGoesOnAfterACrAtTheLimit() {
        int limit = RandomValues.between(8, 64);
        HttpException tooLong = new HttpException(414, "too long");
        String line = "a".repeat(limit) + "\r" + RandomValues.word() + "\r\n";

        assertThatThrownBy(() -> LineReader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.US_ASCII)),
                limit, tooLong))
                .as("only the CR of the CR LF ending may pass the limit of %d bytes; a byte after that CR is"
                        + " content over the limit", limit)
                .isSameAs(tooLong);
    }
}
