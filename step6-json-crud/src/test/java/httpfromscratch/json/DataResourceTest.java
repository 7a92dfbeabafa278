package httpfromscratch.json;

import static httpfromscratch.json.Requests.delete;
import static httpfromscratch.json.Requests.get;
import static httpfromscratch.json.Requests.json;
import static httpfromscratch.json.TestApp.body;
import static httpfromscratch.json.TestApp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code /data}, each route called through the whole app as a function: status, headers, body. */
class DataResourceTest {

    private final TestApp app = new TestApp();

    private HttpResponse post(String body) {
        return app.handle(json("POST", "/data", body));
    }

    @Test
    void postStoresTheObjectAndAnswers201WithItsLocation() {
        HttpResponse response = post("{\"title\":\"Buy milk\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().first("Location")).contains("/data/1");
        assertThat(response.headers().first("Content-Type")).contains("application/json");
        assertThat(body(response)).isEqualTo(tree("{'id':1,'title':'Buy milk'}"));
        assertThat(response.bodyText()).startsWith("{\"id\":1,"); // the id comes first, where a reader looks
    }

    @Test
    void postIgnoresAnIdInTheBody() {
        HttpResponse response = post("{\"id\":99,\"title\":\"Buy milk\"}");

        assertThat(response.headers().first("Location")).contains("/data/1");
        assertThat(body(response)).isEqualTo(tree("{'id':1,'title':'Buy milk'}"));
    }

    @Test
    void getListsEveryItemInIdOrder() {
        assertThat(app.handle(get("/data")).bodyText()).isEqualTo("[]\n");
        post("{\"title\":\"a\"}");
        post("{\"title\":\"b\",\"tags\":[\"x\",\"y\"]}");

        HttpResponse response = app.handle(get("/data"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(tree("[{'id':1,'title':'a'},{'id':2,'title':'b','tags':['x','y']}]"));
    }

    @Test
    void getOneAnswersTheItemAtItsLocation() {
        String location = post("{\"title\":\"Buy milk\"}").headers().first("Location").orElseThrow();

        HttpResponse response = app.handle(get(location));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(tree("{'id':1,'title':'Buy milk'}"));
    }

    @Test
    void putReplacesTheWholeItemAndTheIdInTheUrlWins() {
        post("{\"title\":\"Buy milk\",\"done\":false}");

        HttpResponse response = app.handle(json("PUT", "/data/1", "{\"id\":5,\"title\":\"Buy oat milk\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(tree("{'id':1,'title':'Buy oat milk'}"));
        assertThat(body(app.handle(get("/data/1")))).isEqualTo(tree("{'id':1,'title':'Buy oat milk'}"));
        assertThat(app.handle(get("/data/5")).status()).isEqualTo(404);
    }

    @Test
    void putOnAnUnknownIdIs404AndCreatesNothing() {
        HttpResponse response = app.handle(json("PUT", "/data/7", "{\"title\":\"x\"}"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(tree("{'error':'Not Found','message':'no item with id 7','path':'/data/7'}"));
        assertThat(app.handle(get("/data")).bodyText()).isEqualTo("[]\n");
    }

    @Test
    void deleteAnswers204AndTheItemIsGone() {
        post("{\"title\":\"Buy milk\"}");

        HttpResponse response = app.handle(delete("/data/1"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body().length()).isZero();
        assertThat(app.handle(get("/data/1")).status()).isEqualTo(404);
    }

    @Test
    void idsStayStableWhenAnEarlierItemIsDeleted() {
        post("{\"title\":\"a\"}");
        post("{\"title\":\"b\"}");
        post("{\"title\":\"c\"}");

        app.handle(delete("/data/2"));

        // With list positions as ids, "c" would now answer at /data/2 and /data/3 would be gone.
        assertThat(body(app.handle(get("/data/3")))).isEqualTo(tree("{'id':3,'title':'c'}"));
        assertThat(app.handle(get("/data/2")).status()).isEqualTo(404);
        assertThat(post("{\"title\":\"d\"}").headers().first("Location")).contains("/data/4");
        assertThat(body(app.handle(get("/data")))).isEqualTo(
                tree("[{'id':1,'title':'a'},{'id':3,'title':'c'},{'id':4,'title':'d'}]"));
    }

    @Test
    void aRepeatedDeleteDeletesNothingMore() {
        post("{\"title\":\"a\"}");
        post("{\"title\":\"b\"}");

        assertThat(app.handle(delete("/data/1")).status()).isEqualTo(204);
        assertThat(app.handle(delete("/data/1")).status()).isEqualTo(404);
        assertThat(body(app.handle(get("/data")))).isEqualTo(tree("[{'id':2,'title':'b'}]"));
    }

    @Test
    void anIdThatIsNotANumberNamesNoItem() {
        HttpResponse response = app.handle(get("/data/abc"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(tree("{'error':'Not Found','message':'no item with id abc','path':'/data/abc'}"));
    }

    @Test
    void aBodyThatIsNotAnObjectIs422AndStoresNothing() {
        HttpResponse response = post("[\"Buy milk\"]");

        assertThat(response.status()).isEqualTo(422);
        assertThat(body(response).get("message").asString()).isEqualTo("expected a JSON object, got an array");
        assertThat(app.handle(get("/data")).bodyText()).isEqualTo("[]\n");
    }

    @Test
    void headOnAnItemHasTheHeadersOfGet() {
        post("{\"title\":\"Buy milk\"}");

        HttpResponse head = app.handle(HttpRequest.of("HEAD", "/data/1"));

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body().length()).isEqualTo(app.handle(get("/data/1")).body().length());
    }
}
