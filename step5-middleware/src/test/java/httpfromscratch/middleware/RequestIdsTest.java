package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private final RecordingHandler app = RecordingHandler.ok();
    private final Handler handler = new RequestIds(() -> "new-id").wrap(app);

    @Test
    void givesARequestWithoutAnIdANewOne() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/"));

        assertThat(app.lastRequest().header("X-Request-Id")).contains("new-id");
        assertThat(response.headers().first("X-Request-Id")).contains("new-id");
    }

    @Test
    void keepsASaneIdTheClientSent() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/", "X-Request-Id", "3f2a-9c_1.b"));

        assertThat(app.lastRequest().header("X-Request-Id")).contains("3f2a-9c_1.b");
        assertThat(response.headers().first("X-Request-Id")).contains("3f2a-9c_1.b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "semi;colon", "quote\"", "caf\u00e9",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void replacesAnIdThatIsEmptyTooLongOrHasOtherCharacters(String id) throws IOException {
        HttpResponse response = handler.handle(Requests.get("/", "X-Request-Id", id));

        assertThat(app.lastRequest().header("X-Request-Id")).contains("new-id");
        assertThat(response.headers().first("X-Request-Id")).contains("new-id");
    }

    @Test
    void acceptsAnIdOfExactlyTheMaximumLength() {
        assertThat(RequestIds.isSane("a".repeat(RequestIds.MAX_LENGTH))).isTrue();
        assertThat(RequestIds.isSane("a".repeat(RequestIds.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void leavesTheHandlerExactlyOneId() throws IOException {
        handler.handle(Requests.get("/", "X-Request-Id", "first", "X-Request-Id", "second"));

        assertThat(app.lastRequest().headers().all("X-Request-Id")).containsExactly("first");
    }

    @Test
    void replacesAnIdTheHandlerPutOnTheResponse() throws IOException {
        Handler confused = new RequestIds(() -> "new-id")
                .wrap(request -> HttpResponse.text(200, "ok").withHeader("X-Request-Id", "other"));

        assertThat(confused.handle(Requests.get("/")).headers().all("X-Request-Id")).containsExactly("new-id");
    }

    @Test
    void generatesSixteenHexDigitsThatDifferFromRequestToRequest() {
        String first = RequestIds.randomId();
        String second = RequestIds.randomId();

        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
    }

    @Test
    void ofReadsTheIdOrADashWhenThereIsNone() {
        assertThat(RequestIds.of(Requests.get("/", "X-Request-Id", "abc"))).isEqualTo("abc");
        assertThat(RequestIds.of(Requests.get("/"))).isEqualTo("-");
    }
}
