package httpfromscratch.tester;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Step 6: a JSON resource. Its path, {@code /data}, its {@code title} field and its error shape are
 * this course's choices; the status codes are HTTP's.
 */
final class JsonStages {

    static final List<Stage> ALL = List.of(
            new Stage("6.1", "create, read, update, delete",
                    "POST /data with {\"title\": …} gets 201, a Location and the item with its id; GET, PUT and DELETE"
                            + " on that Location get 200, 200 and 204, and then GET gets 404.",
                    "docs/06-json-crud.md#resources-and-methods", JsonStages::crud),
            new Stage("6.2", "refusals",
                    "A body that is not labelled JSON gets 415, broken JSON 400, JSON that is not an object 422, an"
                            + " unknown id 404, each with the course's JSON error body.",
                    "docs/06-json-crud.md#reading-a-body-four-gates-and-400-against-422", JsonStages::refusals));

    private static final String JSON = "Content-Type: application/json";

    private JsonStages() {
    }

    static void crud(Probe probe) {
        String title = probe.word() + " " + probe.word();
        Exchange created = send(probe, "POST", "/data", Map.of("title", title));
        Expect.status(created, 201, "a POST that creates an item answers 201 Created");
        String location = Expect.header(created, "Location", "say where the new item lives: Location: /data/{id}");
        JsonNode item = JsonBodies.object(created, "the new item: {\"id\":1,\"title\":\"" + title + "\"}");
        hasTitle(created, item, title);
        if (!item.path("id").isNumber()) {
            throw Expect.failure("the created item has no numeric \"id\"", "{\"id\":1,\"title\":\"" + title + "\"}",
                    "the server gives ids: put the new id in the item it returns", created, created.bodyStart());
        }
        Exchange read = probe.get(location);
        Expect.status(read, 200, "GET " + location + " finds the item just created");
        hasTitle(read, JsonBodies.object(read, "the item"), title);
        String newTitle = probe.word() + " " + probe.word();
        Exchange replaced = send(probe, "PUT", location, Map.of("title", newTitle));
        Expect.status(replaced, 200, "a PUT to an existing item replaces it and answers 200 with the new item");
        Exchange reread = probe.get(location);
        hasTitle(reread, JsonBodies.object(reread, "the item"), newTitle);
        Exchange deleted = probe.exchange(probe.request("DELETE", location), "DELETE");
        Expect.status(deleted, 204, "a DELETE answers 204 No Content, with no body");
        Exchange gone = probe.get(location);
        Expect.status(gone, 404, "a deleted item is gone: 404");
        RoutingStages.jsonError(gone);
    }

    static void refusals(Probe probe) {
        byte[] body = RoutingStages.utf8(JsonBodies.write(Map.of("title", probe.word())));
        Exchange text = probe.exchange(probe.request("POST", "/data", body, "Content-Type: text/plain"), "POST");
        Expect.status(text, 415, "check Content-Type before reading the body: only application/json is JSON");
        RoutingStages.jsonError(text);
        byte[] broken = RoutingStages.utf8("{\"title\":\"" + probe.word() + "\",");
        Exchange invalid = probe.exchange(probe.request("POST", "/data", broken, JSON), "POST");
        Expect.status(invalid, 400, "JSON that does not parse is the client's syntax error: 400");
        RoutingStages.jsonError(invalid);
        byte[] array = RoutingStages.utf8("[\"" + probe.word() + "\"]");
        Exchange notObject = probe.exchange(probe.request("POST", "/data", array, JSON), "POST");
        Expect.status(notObject, 422, "valid JSON of the wrong shape is 422 Unprocessable Content");
        RoutingStages.jsonError(notObject);
        Exchange unknown = probe.get("/data/" + probe.between(100_000_000, 999_999_999));
        Expect.status(unknown, 404, "an id with no item is 404");
        RoutingStages.jsonError(unknown);
    }

    private static Exchange send(Probe probe, String method, String target, Map<String, String> item) {
        byte[] body = RoutingStages.utf8(JsonBodies.write(item));
        return probe.exchange(probe.request(method, target, body, JSON), method);
    }

    private static void hasTitle(Exchange exchange, JsonNode item, String title) {
        if (!title.equals(item.path("title").asString(null))) {
            throw Expect.failure("the item's \"title\" is " + item.path("title") + ", expected \"" + title + "\"",
                    "an item with \"title\":\"" + title + "\"", "keep the fields the client sent, as it sent them",
                    exchange, exchange.bodyStart());
        }
    }
}
