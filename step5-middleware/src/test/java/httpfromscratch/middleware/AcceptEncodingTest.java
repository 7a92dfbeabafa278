package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] accepts gzip: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gzip                          | true
            GZip                          | true
            gzip, deflate, br             | true
            br;q=1.0, gzip;q=0.8          | true
            gzip;q=0.001                  | true
            gzip ; Q=1                    | true
            *                             | true
            *;q=0.5                       | true
            gzip;q=0                      | false
            gzip;q=0.000                  | false
            gzip; q=0, *                  | false
            *;q=0                         | false
            deflate, br                   | false
            identity                      | false
            gzip;q=2                      | false
            gzip;q=abc                    | false
            gzip;q=1e3                    | false
            ''                            | false
            ;                             | false
            ';, gzip'                     | true
            gzip, ;q=1                    | true
            """)
    void readsTheWeightGivenToGzip(String header, boolean accepted) {
        assertThat(AcceptEncoding.accepts(List.of(header), "gzip")).isEqualTo(accepted);
    }

    @Test
    void acceptsNothingWhenThereIsNoHeader() {
        assertThat(AcceptEncoding.accepts(List.of(), "gzip")).isFalse();
    }

    @Test
    void readsEveryHeaderLine() {
        assertThat(AcceptEncoding.accepts(List.of("br", "gzip"), "gzip")).isTrue();
    }

    @Test
    void letsTheNamedCodingWinOverTheStarInEitherOrder() {
        assertThat(AcceptEncoding.weight(List.of("*;q=0.2, gzip;q=0.9"), "gzip")).isEqualTo(0.9);
        assertThat(AcceptEncoding.weight(List.of("gzip;q=0, *;q=1"), "gzip")).isZero();
    }
}
