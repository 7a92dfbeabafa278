package httpfromscratch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anchors as GitHub makes them; every expected value here was produced by github-slugger 2.0.0. */
class SluggerTest {

    @ParameterizedTest(name = "{0} → #{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hello, World!                         | hello-world
            The `Headers` type & `Host`           | the-headers-type--host
            Überblick: Ä–Ö                        | überblick-äö
            snake_case and __init__               | snake_case-and-init
            [A link](https://example.com) heading | a-link-heading
            What's new? 🎉                        | whats-new-
            a -- b                                | a----b
            Step 2: parse a request (RFC 9112 §3) | step-2-parse-a-request-rfc-9112-3
            C++ & C#                              | c--c
            1.2.3                                 | 123
            日本語 の見出し                         | 日本語-の見出し
            Read the `Content_Length` header      | read-the-content_length-header
            """)
    void makesGitHubsAnchor(String heading, String anchor) {
        assertThat(new Slugger().slug(heading)).isEqualTo(anchor);
    }

    @Test
    void numbersRepeatedHeadings() {
        Slugger slugger = new Slugger();
        assertThat(Stream.of("Repeat", "Repeat", "Repeat", "repeat-1").map(slugger::slug).toList())
                .isEqualTo(List.of("repeat", "repeat-1", "repeat-2", "repeat-1-1"));
    }
}
