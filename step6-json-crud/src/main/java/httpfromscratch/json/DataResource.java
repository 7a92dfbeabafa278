package httpfromscratch.json;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /data}: a collection of any JSON objects. A client sends an object, the server gives it
 * an id, and stores it as sent plus that {@code "id"}.
 *
 * <p>The items are Jackson trees ({@code ObjectNode}), which are mutable: an item is built once,
 * stored, and never changed after that. A PUT stores a new tree in its place.
 */
final class DataResource {

    private final Store<ObjectNode> store;

    DataResource(Store<ObjectNode> store) {
        this.store = store;
    }

    // Exercise 6.4
    /** {@code POST /data} → 201 Created, the stored item, and where it lives now in {@code Location}. */
    HttpResponse create(HttpRequest request) {
        ObjectNode body = Json.readObject(request);
        ObjectNode item = store.create(id -> withId(id, body));
        return Json.response(Status.CREATED, item).withHeader("Location", "/data/" + item.get("id").asLong());
    }

    /** {@code GET /data} → every item, in id order. */
    HttpResponse list(HttpRequest request) {
        return Json.response(Status.OK, store.all());
    }

    /** {@code GET /data/{id}} → the item, or 404. */
    HttpResponse find(HttpRequest request) {
        long id = Ids.fromPath(request, "item");
        ObjectNode item = store.find(id).orElseThrow(() -> Ids.notFound("item", id));
        return Json.response(Status.OK, item);
    }

    // Exercise 6.5
    /** {@code PUT /data/{id}} → the body replaces the item whole; the id in the URL wins over one in the body. */
    HttpResponse replace(HttpRequest request) {
        long id = Ids.fromPath(request, "item");
        ObjectNode item = withId(id, Json.readObject(request));
        if (!store.replace(id, item)) {
            throw Ids.notFound("item", id);
        }
        return Json.response(Status.OK, item);
    }

    /** {@code DELETE /data/{id}} → 204 No Content: done, and nothing to say. */
    HttpResponse delete(HttpRequest request) {
        long id = Ids.fromPath(request, "item");
        if (!store.delete(id)) {
            throw Ids.notFound("item", id);
        }
        return HttpResponse.empty(Status.NO_CONTENT);
    }

    // Exercise 6.3
    /**
     * A copy of {@code body} with {@code "id": id} as its first member. An {@code "id"} the client
     * sent is dropped: ids are the server's to give, and the client cannot move an item by
     * renaming it.
     */
    static ObjectNode withId(long id, ObjectNode body) {
        ObjectNode rest = body.deepCopy();
        rest.remove("id");
        return Json.MAPPER.createObjectNode().put("id", id).setAll(rest);
    }
}
