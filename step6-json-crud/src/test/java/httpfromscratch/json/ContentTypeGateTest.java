package httpfromscratch.json;

import static httpfromscratch.json.Requests.withContentType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exercise 6.1 compares the media type, the part before the first {@code ;}, with
 * {@code application/json} as a whole. Looking for the words anywhere in the header
 * ({@code contains("application/json")}, or {@code startsWith}) lets other types through.
 */
class ContentTypeGateTest {

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {
        "application/json-patch+json",
        "application/jsonl",
        "application/json5; charset=utf-8",
        "text/plain; note=application/json",
        "text/plain, application/json",
        "application/x-www-form-urlencoded; x=application/json",
    })
    void refusesTypesThatOnlyMentionApplicationJson(String contentType) {
        ApiException refusal = catchThrowableOfType(ApiException.class,
                () -> Json.readObject(withContentType("POST", "/data", contentType, "{\"a\":1}")));

        assertThat(refusal)
                .as("Content-Type: %s is not JSON: compare the media type before ';' with application/json as a whole,"
                        + " not contains() or startsWith() on the whole header", contentType)
                .isNotNull();
        assertThat(refusal.status()).isEqualTo(415);
    }
}
