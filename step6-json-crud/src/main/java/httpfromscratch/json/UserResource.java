package httpfromscratch.json;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.util.Map;

/**
 * {@code /users}: a typed resource. Where {@code /data} takes any object, a user is a
 * {@link User} record, checked field by field before it is stored.
 */
final class UserResource {

    private final Store<User> store;

    UserResource(Store<User> store) {
        this.store = store;
    }

    /** {@code POST /users} → 201 Created, or 422 listing every invalid field. */
    HttpResponse create(HttpRequest request) {
        User user = Json.read(request, User.class);
        requireValid(user);
        User stored = store.create(user::withId);
        return Json.response(Status.CREATED, stored).withHeader("Location", "/users/" + stored.id());
    }

    /** {@code GET /users} → every user, in id order. */
    HttpResponse list(HttpRequest request) {
        return Json.response(Status.OK, store.all());
    }

    /** {@code GET /users/{id}} → the user, or 404. */
    HttpResponse find(HttpRequest request) {
        long id = Ids.fromPath(request, "user");
        User user = store.find(id).orElseThrow(() -> Ids.notFound("user", id));
        return Json.response(Status.OK, user);
    }

    /**
     * All problems at once, not the first one: a client fixing a form wants to hear about the name
     * and the email in one round trip, not one per attempt.
     */
    static void requireValid(User user) {
        Map<String, String> problems = user.problems();
        if (!problems.isEmpty()) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT,
                    "invalid fields: " + String.join(", ", problems.keySet()), problems);
        }
    }
}
