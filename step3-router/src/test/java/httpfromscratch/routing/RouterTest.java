package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final List<String> called = new ArrayList<>();

    private HttpResponse record(String name) {
        called.add(name);
        return HttpResponse.text(200, name);
    }

    @Test
    void sendsARequestToTheRouteMatchingMethodAndPath() throws IOException {
        Router router = new Router()
                .get("/a", request -> record("get a"))
                .post("/a", request -> record("post a"))
                .get("/b", request -> record("get b"));

        assertThat(router.handle(HttpRequest.of("POST", "/a")).bodyText()).isEqualTo("post a");
        assertThat(router.handle(HttpRequest.of("GET", "/b")).bodyText()).isEqualTo("get b");
        assertThat(called).containsExactly("post a", "get b");
    }

    @Test
    void givesTheHandlerThePathParameters() throws IOException {
        Router router = new Router().get("/user/{name}",
                request -> HttpResponse.text(200, request.pathParameter("name").orElseThrow()));

        assertThat(router.handle(HttpRequest.of("GET", "/user/grace")).bodyText()).isEqualTo("grace");
    }

    @Test
    void firstMatchingRouteWins() throws IOException {
        Router router = new Router()
                .get("/user/me", request -> record("me"))
                .get("/user/{name}", request -> record("by name"));

        router.handle(HttpRequest.of("GET", "/user/me"));
        router.handle(HttpRequest.of("GET", "/user/ada"));

        assertThat(called).containsExactly("me", "by name");
    }

    @Test
    void unknownPathIsA404WithAJsonBodyNamingThePath() throws IOException {
        HttpResponse response = new Router().get("/", request -> record("root")).handle(HttpRequest.of("GET", "/nope"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("Content-Type")).hasValue("application/json");
        assertThat(response.bodyText())
                .isEqualTo("{\"error\":\"Not Found\",\"message\":\"no route for /nope\",\"path\":\"/nope\"}\n");
        assertThat(called).isEmpty();
    }

    @Test
    void knownPathWithWrongMethodIsA405ListingTheAllowedMethods() throws IOException {
        Router router = new Router()
                .get("/items", request -> record("list"))
                .post("/items", request -> record("create"));

        HttpResponse response = router.handle(HttpRequest.of("DELETE", "/items"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().first("Allow")).hasValue("GET, HEAD, POST");
        assertThat(response.headers().first("Content-Type")).hasValue("application/json");
        assertThat(response.bodyText()).contains("\"error\":\"Method Not Allowed\"");
        assertThat(called).isEmpty();
    }

    @Test
    void headRunsTheGetRoute() throws IOException {
        Router router = new Router().get("/about", request -> record("about"));

        HttpResponse response = router.handle(HttpRequest.of("HEAD", "/about"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(called).containsExactly("about");
    }

    @Test
    void headOnAPostOnlyRouteIsA405() throws IOException {
        HttpResponse response = new Router().post("/form", request -> record("form"))
                .handle(HttpRequest.of("HEAD", "/form"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().first("Allow")).hasValue("POST");
    }

    @Test
    void jsonErrorEscapesQuotesAndControlCharactersInThePath() throws IOException {
        HttpResponse response = new Router().handle(HttpRequest.of("GET", "/a%22b%0A"));

        assertThat(response.bodyText()).contains("\"path\":\"/a\\\"b\\n\"");
    }
}
