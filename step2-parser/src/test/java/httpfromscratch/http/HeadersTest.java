package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Headers}: ordered, repeatable, case-insensitive, immutable, and safe to write. */
class HeadersTest {

    private final Headers headers = Headers.of(
            "Content-Type", "text/plain", "Set-Cookie", "a=1", "X-Id", "7", "set-cookie", "b=2");

    @Test
    void looksUpNamesCaseInsensitively() {
        assertThat(headers.first("content-type")).hasValue("text/plain");
        assertThat(headers.first("CONTENT-TYPE")).hasValue("text/plain");
        assertThat(headers.contains("x-ID")).isTrue();
        assertThat(headers.contains("X-Missing")).isFalse();
        assertThat(headers.first("X-Missing")).isEmpty();
    }

    @Test
    void looksUpNamesWithoutDependingOnTheDefaultLocale() {
        // In Turkish, "I".toLowerCase() is a dotless ı: a lookup that used the default locale would miss.
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Headers.of("X-ID", "7").first("x-id")).hasValue("7");
            assertThat(Headers.of("x-id", "7").first("X-ID")).hasValue("7");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void keepsRepeatedNamesAndTheirOrder() {
        assertThat(headers.all("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(headers.first("Set-Cookie")).hasValue("a=1");
        assertThat(headers.fields()).extracting(Headers.Field::name)
                .containsExactly("Content-Type", "Set-Cookie", "X-Id", "set-cookie");
        assertThat(headers.size()).isEqualTo(4);
    }

    @Test
    void withAddsAFieldToACopy() {
        Headers more = headers.with("set-COOKIE", "c=3");

        assertThat(more.all("Set-Cookie")).containsExactly("a=1", "b=2", "c=3");
        assertThat(more.fields().getLast()).isEqualTo(new Headers.Field("set-COOKIE", "c=3"));
        assertThat(headers.all("Set-Cookie")).as("the original is unchanged").containsExactly("a=1", "b=2");
        assertThat(headers.size()).isEqualTo(4);
    }

    @Test
    void replaceLeavesExactlyOneValueInACopy() {
        Headers replaced = headers.replace("SET-COOKIE", "only=1");

        assertThat(replaced.all("Set-Cookie")).containsExactly("only=1");
        assertThat(replaced.first("Content-Type")).hasValue("text/plain");
        assertThat(replaced.size()).isEqualTo(3);
        assertThat(headers.all("Set-Cookie")).as("the original is unchanged").containsExactly("a=1", "b=2");
    }

    @Test
    void withoutRemovesEveryFieldOfThatNameFromACopy() {
        Headers fewer = headers.without("set-cookie");

        assertThat(fewer.fields()).extracting(Headers.Field::name).containsExactly("Content-Type", "X-Id");
        assertThat(headers.size()).as("the original is unchanged").isEqualTo(4);
        assertThat(headers.without("X-Missing")).isEqualTo(headers);
    }

    @Test
    void fieldsCannotBeModified() {
        assertThatThrownBy(() -> headers.fields().add(new Headers.Field("X", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofListCopiesTheList() {
        List<Headers.Field> fields = new java.util.ArrayList<>(List.of(new Headers.Field("A", "1")));
        Headers copy = Headers.of(fields);

        fields.add(new Headers.Field("B", "2"));

        assertThat(copy.size()).isEqualTo(1);
    }

    @Test
    void comparesByFields() {
        assertThat(Headers.of("A", "1", "B", "2")).isEqualTo(Headers.of(List.of(
                new Headers.Field("A", "1"), new Headers.Field("B", "2"))));
        assertThat(Headers.of("A", "1", "B", "2")).isNotEqualTo(Headers.of("B", "2", "A", "1"));
        assertThat(Headers.of("A", "1").hashCode()).isEqualTo(Headers.of("A", "1").hashCode());
        assertThat(Headers.empty().size()).isZero();
    }

    @Test
    void rejectsAnOddNumberOfNamesAndValues() {
        assertThatThrownBy(() -> Headers.of("Content-Type")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nSet-Cookie: admin=1", "a\nb", "a\rb", "a\u0000b", "a\u0001b", "a\u007fb", "\u0100"})
    void rejectsControlCharactersInAValueToPreventHeaderInjection(String value) {
        assertThatThrownBy(() -> Headers.of("X-A", value)).as(Wire.escape(value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> headers.with("X-A", value)).as(Wire.escape(value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> headers.replace("X-A", value)).as(Wire.escape(value))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X A", "X:A", "X\r\nA", "X(A)", "Caf\u00e9", "X\tA", "X/A", "X\"A"})
    void rejectsNameThatIsNotAToken(String name) {
        assertThatThrownBy(() -> Headers.of(name, "v")).as(Wire.escape(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "tab\tinside", "obs-text \u00e9\u00ff", "\"quoted\", list; q=0.5"})
    void acceptsFieldValues(String value) {
        assertThat(Headers.of("X-A", value).first("X-A")).hasValue(value);
    }

    @ParameterizedTest
    @MethodSource
    void parsesFieldLine(String line, Headers.Field expected) {
        assertThat(RequestParser.parseField(line)).as(Wire.escape(line)).isEqualTo(expected);
    }

    static Stream<Arguments> parsesFieldLine() {
        return Stream.of(
                argumentSet("name and value", "Host: example.com", new Headers.Field("Host", "example.com")),
                argumentSet("no space after colon", "Host:example.com", new Headers.Field("Host", "example.com")),
                argumentSet("OWS on both sides", "X-A: \t v \t", new Headers.Field("X-A", "v")),
                argumentSet("empty value", "X-A:", new Headers.Field("X-A", "")),
                argumentSet("colon in the value", "Referer: http://a/b", new Headers.Field("Referer", "http://a/b")),
                argumentSet("name case kept", "x-ID: 1", new Headers.Field("x-ID", "1")));
    }

    @ParameterizedTest
    @MethodSource
    void rejectsFieldLine(String line, String messageFragment) {
        assertThatThrownBy(() -> RequestParser.parseField(line))
                .as(Wire.escape(line))
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(messageFragment);
                });
    }

    static Stream<Arguments> rejectsFieldLine() {
        return Stream.of(
                argumentSet("space before colon", "Host : x", "whitespace between field name and ':'"),
                argumentSet("tab before colon", "Host\t: x", "whitespace between field name and ':'"),
                argumentSet("obs-fold", " continued", "obsolete line folding"),
                argumentSet("missing colon", "Host x", "expected ':' after field name"),
                argumentSet("empty name", ": x", "field name must be a token"),
                argumentSet("space inside name", "X A: x", "field name must be a token"),
                argumentSet("control character in value", "X-A: a\u0007b", "control character in the value of X-A"));
    }
}
