package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerAuthTest {

    private final RecordingHandler app = RecordingHandler.ok();
    private final Handler handler = new BearerAuth("/api", "secret").wrap(app);

    @ParameterizedTest
    @ValueSource(strings = {"/", "/about", "/apiary", "/static/api/x"})
    void letsPathsOutsideThePrefixPassWithoutAToken(String path) throws IOException {
        HttpResponse response = handler.handle(Requests.get(path));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(app.wasCalled()).isTrue();
    }

    @Test
    void refusesAMissingTokenWithABearerChallengeAndAJsonBody() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data"));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED);
        assertThat(response.headers().first("WWW-Authenticate")).contains("Bearer");
        assertThat(response.bodyText()).isEqualTo(
                "{\"error\":\"Unauthorized\",\"message\":\"this resource needs a bearer token\",\"path\":\"/api/data\"}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secreT", "secre", "secret2", "s", "a-much-longer-token-than-the-real-one"})
    void refusesAWrongTokenOfAnyLengthAsInvalid(String wrong) throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Authorization", "Bearer " + wrong));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED);
        assertThat(response.headers().first("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(response.bodyText()).contains("\"message\":\"the bearer token is not valid\"");
    }

    @Test
    void letsTheRightTokenThrough() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Authorization", "Bearer secret"));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(app.wasCalled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer secret", "BEARER secret", "Bearer   secret  "})
    void readsTheSchemeNameInAnyCaseAndIgnoresSpaces(String credentials) throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Authorization", credentials));

        assertThat(response.status()).isEqualTo(Status.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic c2VjcmV0", "secret", "Bearer", "Bearer ", "Bearersecret"})
    void treatsOtherSchemesAndEmptyCredentialsAsNoToken(String credentials) throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Authorization", credentials));

        assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED);
        assertThat(response.headers().first("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void guardsThePrefixItselfAndEverythingBelowIt() {
        BearerAuth auth = new BearerAuth("/api", "secret");

        assertThat(auth.isProtected("/api")).isTrue();
        assertThat(auth.isProtected("/api/")).isTrue();
        assertThat(auth.isProtected("/api/data/7")).isTrue();
        assertThat(auth.isProtected("/apiary")).isFalse();
    }

    @Test
    void guardsThePathAsDecodedSoPercentEncodingDoesNotSneakPast() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/%61pi/data"));

        assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED);
        assertThat(app.wasCalled()).isFalse();
    }

    @Test
    void refusesToGuardWithAnEmptyToken() {
        assertThatThrownBy(() -> new BearerAuth("/api", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
