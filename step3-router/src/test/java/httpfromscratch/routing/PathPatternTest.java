package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "/,                 /",
        "/about,            /about",
        "/a/b/c,            /a/b/c",
        "/about/,           /about/",
    })
    void literalPatternMatchesExactlyThatPath(String pattern, String path) {
        assertThat(PathPattern.parse(pattern).match(path)).hasValue(Map.of());
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource({
        "/about,            /about/",
        "/about/,           /about",
        "/about,            /About",
        "/about,            /about/more",
        "/a/b,              /a",
        "/,                 /about",
        "/user/{name},      /user",
        "/user/{name},      /user/",
        "/user/{name},      /user/ada/extra",
        "/user/{name}/post, /user/ada",
    })
    void patternDoesNotMatchOtherPaths(String pattern, String path) {
        assertThat(PathPattern.parse(pattern).match(path)).isEmpty();
    }

    @Test
    void parameterTakesOneSegment() {
        assertThat(PathPattern.parse("/user/{name}").match("/user/ada")).hasValue(Map.of("name", "ada"));
    }

    @Test
    void severalParametersAreNamedIndependently() {
        assertThat(PathPattern.parse("/user/{name}/posts/{id}").match("/user/ada/posts/42"))
                .hasValue(Map.of("name", "ada", "id", "42"));
    }

    @Test
    void parameterValueIsTheDecodedSegment() {
        // The parser decoded %20 already: the router sees and passes on "ada lovelace".
        assertThat(PathPattern.parse("/user/{name}").match("/user/ada lovelace"))
                .hasValue(Map.of("name", "ada lovelace"));
    }

    @ParameterizedTest(name = "/static/'{path...}' matches {0} with path={1}")
    @CsvSource({
        "/static/site.css,          site.css",
        "/static/css/site.css,      css/site.css",
        "/static/,                  ''",
        "/static,                   ''",
        "/static/a/b/,              a/b/",
    })
    void tailTakesTheRestOfThePath(String path, String rest) {
        assertThat(PathPattern.parse("/static/{path...}").match(path)).hasValue(Map.of("path", rest));
    }

    @Test
    void tailDoesNotMatchAnotherPrefix() {
        assertThat(PathPattern.parse("/static/{path...}").match("/staticfiles/x")).isEmpty();
    }

    @Test
    void refusesATailThatIsNotLast() {
        assertThatThrownBy(() -> PathPattern.parse("/files/{path...}/edit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last segment");
    }

    @Test
    void refusesAPatternWithoutLeadingSlash() {
        assertThatThrownBy(() -> PathPattern.parse("about")).hasMessageContaining("starts with '/'");
    }
}
