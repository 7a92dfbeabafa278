package httpfromscratch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a transcript's expected output is compared with what a command printed. */
class ExpectedOutputTest {

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP/1.1 200 OK                    | HTTP/1.1 200 OK                    | true
            HTTP/1.1 200 OK                    | HTTP/1.1 404 Not Found             | false
            HTTP/1.1 200 OK                    | HTTP/1.1 200 OK and more           | false
            ETag: "…"                          | ETag: "5f3a-1c"                    | true
            ETag: "…"                          | ETag: 5f3a-1c                      | false
            {"id":…,"name":"…"}                | {"id":7,"name":"Ada"}              | true
            Content-Length: …                  | Content-Length: 42                 | true
            Date: Mon, 01 Jan 2024 00:00:00 GMT | Date: Sat, 21 Nov 2026 05:00:00 GMT | true
            Date: …                            | Content-Length: 14                 | false
            a.b*c                              | aXbbc                              | false
            """)
    void comparesLineByLine(String expected, String actual, boolean matches) {
        assertThat(ExpectedOutput.lineMatches(expected, actual)).isEqualTo(matches);
    }

    @Test
    void ignoresLineEndsTrailingWhitespaceAndTrailingBlankLines() {
        assertThat(ExpectedOutput.lines("HTTP/1.1 200 OK\r\nConnection: close  \r\n\r\nbody\n\n\n"))
                .containsExactly("HTTP/1.1 200 OK", "Connection: close", "", "body");
    }

    @Test
    void anExtraOrMissingLineIsAMismatch() {
        assertThat(ExpectedOutput.matches(List.of("a", "b"), List.of("a", "b"))).isTrue();
        assertThat(ExpectedOutput.matches(List.of("a", "b"), List.of("a"))).isFalse();
        assertThat(ExpectedOutput.matches(List.of("a"), List.of("a", "b"))).isFalse();
    }

    @Test
    void diffMarksMissingAndUnexpectedLines() {
        assertThat(ExpectedOutput.diff(List.of("HTTP/1.1 200 OK", "Content-Type: …", "", "hi"),
                List.of("HTTP/1.1 404 Not Found", "Content-Type: text/plain", "", "no such page")))
                .isEqualTo("""
                        --- expected
                        +++ actual
                        - HTTP/1.1 200 OK
                        + HTTP/1.1 404 Not Found
                          Content-Type: text/plain
                         \s
                        - hi
                        + no such page
                        """);
    }
}
