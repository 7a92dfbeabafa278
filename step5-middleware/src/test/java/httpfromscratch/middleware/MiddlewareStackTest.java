package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layers together: what the order of {@link MiddlewareStack#standard} is for. */
class MiddlewareStackTest {

    private static final String FRONT_END = "http://localhost:3000";
    private static final String BIG_JSON = "[" + "{\"name\":\"item\"},".repeat(40) + "{}]";

    private final List<String> log = new ArrayList<>();
    private final Middleware stack =
            MiddlewareStack.standard(new MiddlewareStack.Config(Set.of(FRONT_END), "/api", "secret"), log::add);

    @Test
    void allowsTheOriginsGivenOnTheCommandLineInsteadOfTheDefault() throws IOException {
        var options = httpfromscratch.socket.ServerOptions.parse(
                new String[] {"--allow-origin", "http://localhost:5173, https://app.example"}, java.util.Map.of());
        MiddlewareStack.Config config = MiddlewareStack.Config.demo("secret", options);
        Handler app = MiddlewareStack.standard(config, log::add).wrap(RecordingHandler.ok());

        HttpResponse vite = app.handle(Requests.request("GET", "/", "Origin", "http://localhost:5173"));
        HttpResponse old = app.handle(Requests.request("GET", "/", "Origin", FRONT_END));

        assertThat(config.allowedOrigins()).containsExactlyInAnyOrder("http://localhost:5173", "https://app.example");
        assertThat(vite.headers().first("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(old.headers().contains("Access-Control-Allow-Origin")).isFalse();
    }

    @Test
    void allowsTheFrontEndOriginWhenNoneIsGiven() {
        var options = httpfromscratch.socket.ServerOptions.parse(new String[0], java.util.Map.of());

        assertThat(MiddlewareStack.Config.demo("secret", options).allowedOrigins()).containsExactly(FRONT_END);
    }

    @Test
    void answersAPreflightWithoutATokenAndWithoutCallingTheApplication() throws IOException {
        RecordingHandler app = RecordingHandler.ok();

        HttpResponse response = stack.wrap(app).handle(Requests.request("OPTIONS", "/api/data",
                "Origin", FRONT_END, "Access-Control-Request-Method", "GET"));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.NO_CONTENT);
        assertThat(response.headers().first("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(response.headers().contains("X-Request-Id")).isTrue();
        assertThat(log).singleElement().asString().matches("[0-9a-f]{16} OPTIONS /api/data 204 0 bytes .* ms");
    }

    @Test
    void refusesAMissingTokenWithCorsHeadersALogLineAndTheApplicationUntouched() throws IOException {
        RecordingHandler app = RecordingHandler.ok();

        HttpResponse response = stack.wrap(app).handle(Requests.get("/api/data", "Origin", FRONT_END));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED);
        assertThat(response.headers().first("WWW-Authenticate")).contains("Bearer");
        assertThat(response.headers().first("Access-Control-Allow-Origin"))
                .as("so the page's script can read why it failed").contains(FRONT_END);
        assertThat(log).singleElement().asString().contains(" GET /api/data 401 ");
    }

    @Test
    void turnsAFailureIntoA500ThatIsLoggedAndCarriesCorsHeadersAndTheId() throws IOException {
        Handler failing = request -> {
            throw new IllegalStateException("connection pool exhausted");
        };

        HttpResponse response = stack.wrap(failing).handle(Requests.get("/about",
                "Origin", FRONT_END, "X-Request-Id", "req-7"));

        assertThat(response.status()).isEqualTo(Status.INTERNAL_SERVER_ERROR);
        assertThat(response.bodyText()).doesNotContain("pool");
        assertThat(response.headers().first("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(response.headers().first("X-Request-Id")).contains("req-7");
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("req-7 GET /about failed: java.lang.IllegalStateException: connection pool");
        assertThat(log.get(1)).startsWith("req-7 GET /about 500 ");
    }

    @Test
    void givesAnHttpExceptionFromBehindTheTokenItsOwnStatus() throws IOException {
        Handler refusing = request -> {
            throw new HttpException(Status.BAD_REQUEST, "missing query parameter 'page'", false);
        };

        HttpResponse response = stack.wrap(refusing)
                .handle(Requests.get("/api/data", "Authorization", "Bearer secret"));

        assertThat(response.status()).isEqualTo(Status.BAD_REQUEST);
        assertThat(log).singleElement().asString().contains(" GET /api/data 400 ");
    }

    @Test
    void letsTheRightTokenThroughAndLogsTheCompressedSize() throws IOException {
        RecordingHandler app = RecordingHandler.answering(HttpResponse.json(Status.OK, BIG_JSON));

        HttpResponse response = stack.wrap(app).handle(Requests.get("/api/data",
                "Authorization", "bearer secret", "Accept-Encoding", "gzip", "Origin", FRONT_END));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(response.headers().first("Content-Encoding")).contains("gzip");
        assertThat(response.headers().all("Vary")).containsExactly("Accept-Encoding, Origin");
        assertThat(log).singleElement().asString()
                .contains(" GET /api/data 200 " + response.body().length() + " bytes ");
    }

    @Test
    void showsTheApplicationTheRequestId() throws IOException {
        RecordingHandler app = RecordingHandler.ok();

        HttpResponse response = stack.wrap(app).handle(Requests.get("/about"));

        String id = response.headers().first("X-Request-Id").orElseThrow();
        assertThat(app.lastRequest().header("X-Request-Id")).contains(id);
        assertThat(log).singleElement().asString().startsWith(id + " GET /about 200 ");
    }

    @Test
    void leavesPathsOutsideTheApiOpen() throws IOException {
        RecordingHandler app = RecordingHandler.ok();

        HttpResponse response = stack.wrap(app).handle(Requests.get("/static/index.html"));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(app.wasCalled()).isTrue();
    }
}
