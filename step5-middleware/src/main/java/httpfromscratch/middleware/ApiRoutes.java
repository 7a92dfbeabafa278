package httpfromscratch.middleware;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.Router;
import httpfromscratch.staticfiles.StaticRoutes;
import java.nio.file.Path;

/**
 * Step 5's routes: step 4's ({@code /}, {@code /about}, {@code /echo}, {@code /user/{username}},
 * {@code /static/…}) plus {@code GET /api/data}. Nothing here checks a token: the middleware
 * around the router does, for every path under {@code /api}.
 */
public final class ApiRoutes {

    /** A small hand-written JSON document: the steps of this course. Step 6 writes JSON with Jackson. */
    static final String DATA = """
            {"steps": [
              {"step": 1, "module": "step1-socket", "adds": "a TCP server"},
              {"step": 2, "module": "step2-parser", "adds": "HTTP requests and responses"},
              {"step": 3, "module": "step3-router", "adds": "routing"},
              {"step": 4, "module": "step4-static", "adds": "static files"},
              {"step": 5, "module": "step5-middleware", "adds": "middleware"},
              {"step": 6, "module": "step6-json-crud", "adds": "JSON and CRUD"},
              {"step": 7, "module": "step7-threads", "adds": "concurrency"}
            ]}
            """;

    private ApiRoutes() {
    }

    /** A new router: step 4's routes, {@code siteRoot} served under {@code /static/}, and {@code /api/data}. */
    public static Router create(Path siteRoot) {
        return StaticRoutes.create(siteRoot)
                .get("/api/data", ApiRoutes::data);
    }

    static HttpResponse data(HttpRequest request) {
        return HttpResponse.json(Status.OK, DATA);
    }
}
