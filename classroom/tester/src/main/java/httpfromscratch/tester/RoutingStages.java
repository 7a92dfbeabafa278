package httpfromscratch.tester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Step 3: routes with parameters, 404, 405 with Allow, and HEAD. */
final class RoutingStages {

    static final List<Stage> ALL = List.of(
            new Stage("3.1", "routes and parameters",
                    "This course's demo routes: /echo?msg=W answers W (percent-decoded) and /user/NAME answers"
                            + " 'Hello, NAME!', as text.",
                    "docs/03-routing.md#the-demo-routes", RoutingStages::routes),
            new Stage("3.2", "404 for an unknown path",
                    "A path no route matches gets 404, with this course's JSON error body: an object with \"error\""
                            + " and \"message\".",
                    "docs/03-routing.md#why-errors-are-json", RoutingStages::notFound),
            new Stage("3.3", "405 and Allow",
                    "A known path with a method it has no route for (DELETE /about) gets 405 and an Allow header"
                            + " listing the methods it does have.",
                    "docs/03-routing.md#choosing-a-route", RoutingStages::methodNotAllowed),
            new Stage("3.4", "HEAD",
                    "HEAD /about gets the headers GET /about gets, the same Content-Length included, and no body.",
                    "docs/03-routing.md#head-for-free", RoutingStages::head));

    private RoutingStages() {
    }

    static void routes(Probe probe) {
        String word = probe.word();
        Exchange echo = probe.get("/echo?msg=" + word);
        Expect.status(echo, 200, "route GET /echo to a handler that answers the query parameter msg");
        Expect.body(echo, utf8(word), "answer the value of msg, and nothing else");
        String first = probe.word();
        String second = probe.word();
        Exchange decoded = probe.get("/echo?msg=" + first + "%20" + second + "%21");
        Expect.body(decoded, utf8(first + " " + second + "!"), "percent-decode the query: %20 is a space, %21 is '!'");
        String name = probe.word();
        Exchange user = probe.get("/user/" + name);
        Expect.status(user, 200, "a pattern /user/{username} matches any one segment after /user/");
        Expect.bodyLine(user, "Hello, " + name + "!", "answer 'Hello, ' + the path parameter + '!'");
    }

    static void notFound(Probe probe) throws IOException {
        Exchange exchange = probe.get("/" + probe.word() + "/" + probe.word());
        Expect.status(exchange, 404, "when no route's pattern matches the path, answer 404 Not Found");
        jsonError(exchange);
    }

    static void methodNotAllowed(Probe probe) throws IOException {
        Exchange exchange = probe.exchange(probe.request("DELETE", "/about"), "DELETE");
        Expect.status(exchange, 405, "the path matches a route, the method doesn't: that is 405, not 404");
        Expect.headerLists(exchange, "Allow", "GET", "list the methods the path's routes do have: Allow: GET, HEAD");
        jsonError(exchange);
    }

    static void head(Probe probe) throws IOException {
        Exchange get = probe.get("/about");
        Expect.status(get, 200, "route GET /about");
        try (Wire wire = probe.open()) {
            Exchange head = wire.exchange(probe.request("HEAD", "/about"), "HEAD");
            Expect.status(head, 200, "run the GET route for a HEAD request, then drop the body");
            Expect.headerEquals(head, "Content-Length", String.valueOf(get.reply().body().length),
                    "HEAD gets the Content-Length the GET would get: the length of the body it does not send");
            SocketStages.closes(wire, head, probe);
        }
    }

    /** This course's error shape: a JSON object with "error" and "message" strings. */
    static void jsonError(Exchange exchange) {
        Expect.headerStartsWith(exchange, "Content-Type", "application/json",
                "errors are JSON in this course, from step 3 on: Content-Type: application/json");
        JsonNode error = JsonBodies.object(exchange, "an error object such as {\"error\":\"Not Found\",\"message\":\"no route for /x\"}");
        for (String field : List.of("error", "message")) {
            if (!error.path(field).isString()) {
                throw Expect.failure("the JSON error has no string \"" + field + "\"",
                        "{\"error\":\"Not Found\",\"message\":\"…\"}, the course's error shape",
                        "write the reason phrase as \"error\" and a sentence for people as \"message\"",
                        exchange, exchange.bodyStart());
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
