package httpfromscratch.json;

import static httpfromscratch.json.Requests.get;
import static httpfromscratch.json.Requests.json;
import static httpfromscratch.json.TestApp.body;
import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.testing.RandomValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exercises 6.3 to 6.5 with ids, names and values drawn at random each run: the answers come from
 * the store and the request, so none of them can be written into the code in advance.
 */
class RandomItemsTest {

    private final TestApp app = new TestApp();

    private static ObjectNode object(String name, String value) {
        return Json.MAPPER.createObjectNode().put(name, value);
    }

    @Test
    void eachCreatedItemLivesAtTheLocationItWasGiven() {
        int count = RandomValues.between(2, 6);
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String title = RandomValues.word(10);
            titles.add(title);

            HttpResponse created = app.handle(json("POST", "/data", Json.write(object("title", title))));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.headers().first("Location")).as("Location of item number %d", i).contains("/data/" + i);
            assertThat(body(created).get("id").asLong()).isEqualTo(i);
            assertThat(body(created).get("title").asString()).isEqualTo(title);
        }
        int someItem = RandomValues.between(1, count);

        HttpResponse found = app.handle(get("/data/" + someItem));

        assertThat(body(found).get("title").asString()).isEqualTo(titles.get(someItem - 1));
    }

    @Test
    void putAnswersWithTheIdOfTheUrlAndTheMembersSent() {
        int count = RandomValues.between(2, 6);
        for (int i = 0; i < count; i++) {
            app.handle(json("POST", "/data", "{\"title\":\"" + RandomValues.word(5) + "\"}"));
        }
        int id = RandomValues.between(1, count);
        String name = RandomValues.word(6);
        String value = RandomValues.word(9);
        ObjectNode replacement = object(name, value).put("id", id + count);

        HttpResponse replaced = app.handle(json("PUT", "/data/" + id, Json.write(replacement)));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(body(replaced)).as("PUT /data/%d with %s", id, Json.write(replacement))
                .isEqualTo(object(name, value).put("id", id));
        assertThat(body(app.handle(get("/data/" + id)))).isEqualTo(body(replaced));
    }

    @Test
    void putToAnIdNobodyCreatedIs404() {
        int count = RandomValues.between(0, 3);
        for (int i = 0; i < count; i++) {
            app.handle(json("POST", "/data", "{}"));
        }
        int missing = count + RandomValues.between(1, 1000);

        HttpResponse response = app.handle(json("PUT", "/data/" + missing, "{\"title\":\"x\"}"));

        assertThat(response.status()).as("PUT /data/%d when only %d items exist", missing, count).isEqualTo(404);
        assertThat(app.handle(get("/data/" + missing)).status()).isEqualTo(404);
    }

    @Test
    void withIdPutsTheGivenIdFirstAndKeepsEveryOtherMember() {
        long id = RandomValues.between(1, Integer.MAX_VALUE);
        String first = RandomValues.word(4) + "1";
        String second = RandomValues.word(4) + "2";
        ObjectNode body = object(first, "a").put("id", -id).put(second, "b");

        ObjectNode item = DataResource.withId(id, body);

        assertThat(item).isEqualTo(object(first, "a").put(second, "b").put("id", id));
        assertThat(Json.write(item)).as("the id comes first").startsWith("{\"id\":" + id + ",");
        assertThat(body.get("id").asLong()).as("the body the client sent is left as it was").isEqualTo(-id);
    }
}
