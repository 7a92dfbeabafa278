package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request-target as a decoded path and decoded query parameters (RFC 9112 §3.2). */
class RequestTargetTest {

    @ParameterizedTest
    @MethodSource
    void decodesPath(String target, String expectedPath) {
        assertThat(RequestTarget.parse("GET", target).path()).as(target).isEqualTo(expectedPath);
    }

    static Stream<Arguments> decodesPath() {
        return Stream.of(
                argumentSet("plain path", "/a/b", "/a/b"),
                argumentSet("root", "/", "/"),
                argumentSet("%20 is a space", "/a%20b", "/a b"),
                argumentSet("'+' stays a plus in a path", "/a+b", "/a+b"),
                argumentSet("%2B is a plus", "/a%2Bb", "/a+b"),
                argumentSet("UTF-8 escapes become one character", "/caf%C3%A9", "/café"),
                argumentSet("lower-case hex", "/caf%c3%a9", "/café"),
                argumentSet("four-byte UTF-8", "/%F0%9F%98%80", "/\uD83D\uDE00"),
                argumentSet("%25 is a percent sign, decoded once", "/100%2541", "/100%41"),
                argumentSet("query is not part of the path", "/p%20q?x=%20", "/p q"),
                argumentSet("absolute form", "http://example.com/a/b", "/a/b"),
                argumentSet("absolute form with port and upper-case scheme", "HTTP://example.com:8080/x", "/x"),
                argumentSet("https absolute form", "https://example.com/s", "/s"),
                argumentSet("absolute form without a path", "http://example.com", "/"));
    }

    @ParameterizedTest
    @MethodSource
    void decodesQuery(String target, Map<String, List<String>> expected) {
        assertThat(RequestTarget.parse("GET", target).query()).as(target).containsExactlyEntriesOf(expected);
    }

    static Stream<Arguments> decodesQuery() {
        return Stream.of(
                argumentSet("no query", "/p", Map.of()),
                argumentSet("empty query", "/p?", Map.of()),
                argumentSet("one parameter", "/echo?msg=hello", Map.of("msg", List.of("hello"))),
                argumentSet("'+' is a space in a query", "/s?q=a+b", Map.of("q", List.of("a b"))),
                argumentSet("%2B is a plus in a query", "/s?q=1%2B1", Map.of("q", List.of("1+1"))),
                argumentSet("UTF-8 escape", "/s?q=%C3%A9t%C3%A9", Map.of("q", List.of("été"))),
                argumentSet("escaped name", "/s?first%20name=x", Map.of("first name", List.of("x"))),
                argumentSet("'=' inside a value", "/s?eq=a=b", Map.of("eq", List.of("a=b"))),
                argumentSet("escaped '&' inside a value", "/s?v=a%26b", Map.of("v", List.of("a&b"))),
                argumentSet("name without value", "/s?flag", Map.of("flag", List.of(""))),
                argumentSet("empty pairs skipped", "/s?&&a=1&", Map.of("a", List.of("1"))),
                argumentSet("absolute form keeps the query", "http://h/p?a=1", Map.of("a", List.of("1"))));
    }

    @Test
    void keepsRepeatedQueryNamesInOrder() {
        Map<String, List<String>> query = RequestTarget.parse("GET", "/s?b=1&a=x&b=2&b=3").query();

        assertThat(query.keySet()).containsExactly("b", "a");
        assertThat(query.get("b")).containsExactly("1", "2", "3");
    }

    @Test
    void returnsAnUnmodifiableQuery() {
        Map<String, List<String>> query = RequestTarget.parse("GET", "/s?a=1").query();

        assertThatThrownBy(() -> query.put("b", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> query.get("a").add("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsAsteriskOnlyForOptions() {
        assertThat(RequestTarget.parse("OPTIONS", "*")).isEqualTo(new RequestTarget("*", Map.of()));
        assertThatThrownBy(() -> RequestTarget.parse("GET", "*"))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @MethodSource
    void rejectsTarget(String target, String messageFragment) {
        assertThatThrownBy(() -> RequestTarget.parse("GET", target))
                .as(target)
                .isInstanceOfSatisfying(HttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(messageFragment);
                });
    }

    static Stream<Arguments> rejectsTarget() {
        return Stream.of(
                argumentSet("relative path", "index.html", "must start with '/'"),
                argumentSet("query only", "?a=1", "must start with '/'"),
                argumentSet("authority form", "example.com:443", "must start with '/'"),
                argumentSet("unknown scheme", "ftp://example.com/x", "must start with '/'"),
                argumentSet("%zz", "/a%zz", "malformed percent-encoding"),
                argumentSet("%4 at the end", "/a%4", "incomplete percent-encoding"),
                argumentSet("% at the end", "/a%", "incomplete percent-encoding"),
                argumentSet("%4 before more text", "/a%4/b", "malformed percent-encoding"),
                argumentSet("%zz in a query name", "/a?%zz=1", "malformed percent-encoding"),
                argumentSet("%4 in a query value", "/a?q=%4", "incomplete percent-encoding"));
    }

    @ParameterizedTest
    @MethodSource
    void percentEncodesAPathForAHeader(String path, String expected) {
        assertThat(RequestTarget.percentEncodePath(path)).isEqualTo(expected);
    }

    static Stream<Arguments> percentEncodesAPathForAHeader() {
        return Stream.of(
                argumentSet("plain ASCII stays", "/files/a-b_c.txt~", "/files/a-b_c.txt~"),
                argumentSet("sub-delims, ':' and '@' stay", "/a:b@c!$&'()*+,;=", "/a:b@c!$&'()*+,;="),
                argumentSet("a line feed", "/files/a\nb", "/files/a%0Ab"),
                argumentSet("a space and a percent sign", "/a b%", "/a%20b%25"),
                argumentSet("a question mark and a hash", "/a?b#c", "/a%3Fb%23c"),
                argumentSet("é as its two UTF-8 bytes", "/files/café", "/files/caf%C3%A9"),
                argumentSet("€ as its three UTF-8 bytes", "/files/€", "/files/%E2%82%AC"));
    }

    @Test
    void decodingAnEncodedPathGivesThePathBack() {
        String path = "/files/café €\n%?#ok";
        assertThat(RequestTarget.parse("GET", RequestTarget.percentEncodePath(path)).path()).isEqualTo(path);
    }
}
