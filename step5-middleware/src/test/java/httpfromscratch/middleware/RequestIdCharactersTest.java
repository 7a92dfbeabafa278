package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact edges of a sane request id: each end of each range is in, the character just past it
 * is out. Ids are drawn at random each run, so only a layer that passes on what it was given can
 * pass.
 */
class RequestIdCharactersTest {

    @ParameterizedTest(name = "\"{0}\" is sane")
    @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "-", "_", "."})
    void acceptsEachEndOfEachRange(String id) {
        assertThat(RequestIds.isSane(id)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is replaced")
    @ValueSource(strings = {"`", "{", "@", "[", "/", ":", "+", "~"})
    void refusesTheCharacterJustPastEachRange(String id) {
        assertThat(RequestIds.isSane(id)).as("'%s' is not a letter, a digit, '-', '_' or '.'", id).isFalse();
    }

    @Test
    void passesOnAndEchoesTheClientsIdWhateverItIs() throws IOException {
        String clientId = RandomValues.word(RandomValues.between(1, RequestIds.MAX_LENGTH));
        RecordingHandler app = RecordingHandler.ok();
        Handler handler = new RequestIds(() -> "never-used").wrap(app);

        HttpResponse response = handler.handle(Requests.get("/", "X-Request-Id", clientId));

        assertThat(app.lastRequest().header("X-Request-Id")).as("the id the handler sees").contains(clientId);
        assertThat(response.headers().first("X-Request-Id")).as("the id sent back").contains(clientId);
    }

    @Test
    void givesTheNewIdToTheHandlerAndTheClientAlike() throws IOException {
        String newId = RandomValues.word(16);
        RecordingHandler app = RecordingHandler.ok();
        Handler handler = new RequestIds(() -> newId).wrap(app);

        HttpResponse response = handler.handle(Requests.get("/"));

        assertThat(app.lastRequest().header("X-Request-Id")).as("the id the handler sees").contains(newId);
        assertThat(response.headers().first("X-Request-Id")).as("the id sent back").contains(newId);
    }
}
