package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exercises 3.3 and 3.4 against the shortcuts a hurried solution takes: a method compared without
 * regard to case, and a JSON escaper that forgets the backslash or the rarer control characters.
 */
class WrongSolutionsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"get", "Get", "head", "post"})
    void comparesMethodsCaseSensitively(String method) throws IOException {
        String path = "/" + RandomValues.word();
        Router router = new Router()
                .get(path, request -> HttpResponse.text(200, "the GET route"))
                .post(path, request -> HttpResponse.text(200, "the POST route"));

        HttpResponse response = router.handle(HttpRequest.of(method, path));

        assertThat(response.status())
                .as("the method is case-sensitive (RFC 9110 §9.1): '%s' is not GET, HEAD or POST, so the known"
                        + " path answers 405", method)
                .isEqualTo(405);
    }

    @Test
    void givesEachPathParameterItsOwnValue() throws IOException {
        String name = RandomValues.word();
        Router router = new Router().get("/user/{name}",
                request -> HttpResponse.text(200, request.pathParameter("name").orElseThrow()));

        assertThat(router.handle(HttpRequest.of("GET", "/user/" + name)).bodyText()).isEqualTo(name);
    }

    @Test
    void escapesTheBackslashAndTheQuote() {
        String word = RandomValues.word();
        String text = word + "\\" + word + "\"";

        assertThat(JsonStrings.decode(JsonErrors.quote(text)))
                .as("a backslash in JSON starts an escape, so a literal one must be written \\\\ (RFC 8259 §7)")
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F})
    void escapesEveryControlCharacter(int c) {
        String text = RandomValues.word() + (char) c + RandomValues.word();

        String quoted = JsonErrors.quote(text);

        assertThat(quoted.chars().filter(character -> character < 0x20).count())
                .as("control characters left raw in %s: JSON allows none of U+0000 to U+001F inside a string,"
                        + " not only \\n \\r \\t (RFC 8259 §7)", quoted)
                .isZero();
        assertThat(JsonStrings.decode(quoted)).isEqualTo(text);
    }

    @Test
    void leavesOtherCharactersAsTheyAre() {
        String text = RandomValues.wideWord() + " /<>'" + (char) 0x7F;

        assertThat(JsonErrors.quote(text)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void quotesTheShortestStrings() {
        assertThat(JsonErrors.quote("")).isEqualTo("\"\"");
        assertThat(JsonErrors.quote("a")).isEqualTo("\"a\"");
    }
}
