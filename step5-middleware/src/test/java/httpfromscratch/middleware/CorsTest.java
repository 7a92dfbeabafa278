package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorsTest {

    private static final String FRONT_END = "http://localhost:3000";

    private final RecordingHandler app = RecordingHandler.ok();
    private final Handler handler = new Cors(Set.of(FRONT_END)).wrap(app);

    @Test
    void namesAnAllowedOriginBackToTheBrowser() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Origin", FRONT_END));

        assertThat(response.status()).isEqualTo(Status.OK);
        assertThat(response.headers().all("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
        assertThat(response.headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void givesAnotherOriginNoPermissionButStillVaries() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/api/data", "Origin", "https://evil.example"));

        assertThat(app.wasCalled()).as("CORS is enforced by the browser, not by refusing").isTrue();
        assertThat(response.headers().contains("Access-Control-Allow-Origin")).isFalse();
        assertThat(response.headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void comparesOriginsExactly() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/", "Origin", FRONT_END + "/"));

        assertThat(response.headers().contains("Access-Control-Allow-Origin")).isFalse();
    }

    @Test
    void addsVaryEvenWithoutAnOrigin() throws IOException {
        HttpResponse response = handler.handle(Requests.get("/"));

        assertThat(response.headers().contains("Access-Control-Allow-Origin")).isFalse();
        assertThat(response.headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void answersAPreflightFromAnAllowedOriginWithoutCallingTheHandler() throws IOException {
        HttpResponse response = handler.handle(Requests.request("OPTIONS", "/api/data",
                "Origin", FRONT_END, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization"));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.NO_CONTENT);
        assertThat(response.body().length()).isZero();
        assertThat(response.headers().first("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(response.headers().first("Access-Control-Allow-Methods")).contains("GET, HEAD, POST, PUT, DELETE");
        assertThat(response.headers().first("Access-Control-Allow-Headers"))
                .contains("Authorization, Content-Type, X-Request-Id");
        assertThat(response.headers().first("Access-Control-Max-Age")).contains("600");
        assertThat(response.headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void answersAPreflightFromAnotherOriginWithABare204() throws IOException {
        HttpResponse response = handler.handle(Requests.request("OPTIONS", "/api/data",
                "Origin", "https://evil.example", "Access-Control-Request-Method", "DELETE"));

        assertThat(app.wasCalled()).isFalse();
        assertThat(response.status()).isEqualTo(Status.NO_CONTENT);
        assertThat(response.headers().fields()).extracting(field -> field.name())
                .noneMatch(name -> name.startsWith("Access-Control-"));
        assertThat(response.headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void passesAnOptionsRequestThatIsNotAPreflightToTheHandler() throws IOException {
        handler.handle(Requests.request("OPTIONS", "/api/data", "Origin", FRONT_END));

        assertThat(app.wasCalled()).isTrue();
    }

    @Test
    void mergesOriginIntoTheHandlersVary() throws IOException {
        Handler varying = new Cors(Set.of(FRONT_END))
                .wrap(request -> HttpResponse.text(Status.OK, "hi").withHeader("Vary", "Accept-Encoding"));

        HttpResponse response = varying.handle(Requests.get("/", "Origin", FRONT_END));

        assertThat(response.headers().all("Vary")).containsExactly("Accept-Encoding, Origin");
    }
}
