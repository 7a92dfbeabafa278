package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiddlewareTest {

    private final List<String> calls = new ArrayList<>();

    /** A layer that notes when a request passes in and when the response passes back out. */
    private Middleware recording(String name) {
        return next -> request -> {
            calls.add(name + " in");
            HttpResponse response = next.handle(request);
            calls.add(name + " out");
            return response;
        };
    }

    private final Handler app = request -> {
        calls.add("app");
        return HttpResponse.text(Status.OK, "ok");
    };

    @Test
    void chainRunsTheFirstListedLayerOutermost() throws IOException {
        Middleware.chain(recording("a"), recording("b"), recording("c")).wrap(app).handle(Requests.get("/"));

        assertThat(calls).containsExactly("a in", "b in", "c in", "app", "c out", "b out", "a out");
    }

    @Test
    void thenPutsTheReceiverOutsideItsArgument() throws IOException {
        recording("a").then(recording("b")).wrap(app).handle(Requests.get("/"));

        assertThat(calls).containsExactly("a in", "b in", "app", "b out", "a out");
    }

    @Test
    void chainOfNoLayersIsTheHandlerItself() {
        assertThat(Middleware.chain().wrap(app)).isSameAs(app);
    }

    @Test
    void aLayerThatAnswersByItselfSkipsEveryLayerInsideIt() throws IOException {
        Middleware refuse = next -> request -> HttpResponse.text(Status.FORBIDDEN, "no");

        HttpResponse response = Middleware.chain(recording("a"), refuse, recording("c")).wrap(app)
                .handle(Requests.get("/"));

        assertThat(response.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(calls).containsExactly("a in", "a out");
    }
}
