package httpfromscratch.json;

import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.Router;
import httpfromscratch.staticfiles.DemoSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/** Step 6's app as {@code main} wires it, on fresh empty stores, for tests to call as a function. */
final class TestApp {

    static final String TOKEN = "test-token";

    /** Step 4's demo site, copied out of its jar once for all tests. */
    private static final Path SITE_ROOT = siteRoot();

    /** What the middleware logged: access lines and stack traces. */
    final List<String> log = new CopyOnWriteArrayList<>();
    final Handler handler;

    TestApp() {
        this(routes());
    }

    /** The app around {@code routes}: a test can add a route of its own first. */
    TestApp(Router routes) {
        this.handler = CrudApp.app(routes, TOKEN, log::add);
    }

    static Router routes() {
        return CrudApp.routes(SITE_ROOT, new MemoryStore<>(), new MemoryStore<>());
    }

    HttpResponse handle(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response's body, parsed: tests compare JSON values, not spacing. */
    static JsonNode body(HttpResponse response) {
        return Json.MAPPER.readTree(response.bodyText());
    }

    /** JSON text written with single quotes, so a test can write {@code tree("{'id':1}")}. */
    static JsonNode tree(String jsonWithSingleQuotes) {
        return Json.MAPPER.readTree(jsonWithSingleQuotes.replace('\'', '"'));
    }

    private static Path siteRoot() {
        try {
            return DemoSite.directory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
