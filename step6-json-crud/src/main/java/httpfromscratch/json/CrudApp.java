package httpfromscratch.json;

import httpfromscratch.http.Handler;
import httpfromscratch.middleware.ApiRoutes;
import httpfromscratch.middleware.Middleware;
import httpfromscratch.middleware.MiddlewareStack;
import httpfromscratch.routing.Router;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Step 6's application: step 5's routes and middleware, plus the {@code /data} and {@code /users}
 * resources.
 *
 * <p>The two factories take what step 7 changes: the stores (step 7 passes thread-safe ones) and
 * the router (step 7 can add routes of its own before wrapping it).
 */
public final class CrudApp {

    private CrudApp() {
    }

    /** Step 5's routes ({@code siteRoot} is the folder behind {@code /static/}), then the two resources on the stores given. */
    public static Router routes(Path siteRoot, Store<ObjectNode> data, Store<User> users) {
        DataResource items = new DataResource(data);
        UserResource people = new UserResource(users);
        return ApiRoutes.create(siteRoot)
                .post("/data", items::create)
                .get("/data", items::list)
                .get("/data/{id}", items::find)
                .put("/data/{id}", items::replace)
                .delete("/data/{id}", items::delete)
                .post("/users", people::create)
                .get("/users", people::list)
                .get("/users/{id}", people::find);
    }

    /**
     * {@code routes} behind step 5's middleware stack, with {@link ApiErrors} innermost: it answers
     * the API's own errors (with their {@code fields}) before step 5's error handling, which
     * answers every other exception, would answer them without.
     */
    public static Handler app(Router routes, String token, Consumer<String> log) {
        return app(routes, MiddlewareStack.Config.demo(token), log);
    }

    /** The same, with the stack's settings given whole: the token, and which origins CORS allows. */
    public static Handler app(Router routes, MiddlewareStack.Config config, Consumer<String> log) {
        Middleware layers = MiddlewareStack.standard(config, log).then(new ApiErrors());
        return layers.wrap(routes);
    }
}
