package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IMF-fixdate, the one date format HTTP writes (RFC 9110 §5.6.7). */
class HttpDateTest {

    private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void formatsTheRfcExample() {
        assertThat(HttpDate.format(RFC_EXAMPLE)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void formatsSingleDigitDaysAndHoursWithTwoDigits() {
        assertThat(HttpDate.format(Instant.parse("2024-03-01T01:02:03Z"))).isEqualTo("Fri, 01 Mar 2024 01:02:03 GMT");
    }

    @Test
    void formatsInGmtWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(HttpDate.format(RFC_EXAMPLE)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void parsesWhatItFormats() {
        Instant instant = Instant.parse("2031-12-31T23:59:59Z");

        assertThat(HttpDate.parse(HttpDate.format(instant))).hasValue(instant);
        assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT")).hasValue(RFC_EXAMPLE);
    }

    @Test
    void nowIsTheCurrentSecond() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Instant now = HttpDate.parse(HttpDate.now()).orElseThrow();

        assertThat(now).isBetween(before, Instant.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "1994-11-06T08:49:37Z"})
    void parsesGarbageAsEmpty(String text) {
        assertThat(HttpDate.parse(text)).as("'%s'", text).isEmpty();
    }
}
