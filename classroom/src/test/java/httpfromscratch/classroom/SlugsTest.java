package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Exercise 2.1: Split the request line            | exercise-21-split-the-request-line",
        "Exercise 1.10: Read `Content-Length`, strictly | exercise-110-read-content-length-strictly",
        "Exercise 3.2: Choose a route, or say why not    | exercise-32-choose-a-route-or-say-why-not",
        "The `Headers` type & `Host`                     | the-headers-type--host",
        "See [the RFC](https://example.com) first        | see-the-rfc-first",
        "Café au lait                                    | café-au-lait",
        "snake_case stays                                | snake_case-stays",
    })
    void makesTheAnchorsGitHubMakes(String heading, String anchor) {
        assertThat(Slugs.of(heading)).isEqualTo(anchor);
    }
}
