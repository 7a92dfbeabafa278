package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Content-Length read strictly (RFC 9110 §8.6): digits only, and one value however often it is sent. */
class ContentLengthTest {

    @Test
    void isEmptyWithoutTheHeader() {
        assertThat(ContentLength.of(Headers.of("Host", "x"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource
    void readsContentLength(Headers headers, long expected) {
        assertThat(ContentLength.of(headers)).as(headers.toString()).hasValue(expected);
    }

    static Stream<Arguments> readsContentLength() {
        return Stream.of(
                argumentSet("zero", Headers.of("Content-Length", "0"), 0L),
                argumentSet("leading zeros", Headers.of("Content-Length", "007"), 7L),
                argumentSet("lower-case name", Headers.of("content-length", "42"), 42L),
                argumentSet("same value twice", Headers.of("Content-Length", "5", "Content-Length", "5"), 5L),
                argumentSet("same value as a list", Headers.of("Content-Length", "5, 5,5"), 5L),
                argumentSet("18 digits", Headers.of("Content-Length", "999999999999999999"), 999_999_999_999_999_999L));
    }

    @ParameterizedTest
    @MethodSource
    void rejectsContentLength(Headers headers, int status, String messageFragment) {
        assertThatThrownBy(() -> ContentLength.of(headers))
                .as(headers.toString())
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(messageFragment);
                });
    }

    static Stream<Arguments> rejectsContentLength() {
        return Stream.of(
                argumentSet("plus sign", Headers.of("Content-Length", "+5"), 400, "digits only, got '+5'"),
                argumentSet("negative", Headers.of("Content-Length", "-1"), 400, "digits only, got '-1'"),
                argumentSet("hex", Headers.of("Content-Length", "0x10"), 400, "digits only, got '0x10'"),
                argumentSet("two numbers with a space", Headers.of("Content-Length", "5 5"), 400, "digits only, got '5 5'"),
                argumentSet("empty", Headers.of("Content-Length", ""), 400, "digits only, got ''"),
                argumentSet("decimal point", Headers.of("Content-Length", "5.0"), 400, "digits only"),
                argumentSet("superscript digit", Headers.of("Content-Length", "\u00b2"), 400, "digits only"),
                argumentSet("different duplicates", Headers.of("Content-Length", "5", "Content-Length", "6"), 400, "differ"),
                argumentSet("different values in a list", Headers.of("Content-Length", "5, 6"), 400, "differ"),
                argumentSet("more digits than a long holds", Headers.of("Content-Length", "99999999999999999999"), 413, "too large"));
    }
}
