package httpfromscratch.routing;

import httpfromscratch.http.HttpException;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;

/** The routes of step 3's server. Later steps start from these and add their own. */
public final class DemoRoutes {

    static final String WELCOME_PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>HTTP from Scratch</title></head>
            <body>
              <h1>Welcome to HTTP from Scratch</h1>
              <p>This page came from a server you can read in an afternoon. Try:</p>
              <ul>
                <li><a href="/about">/about</a></li>
                <li><a href="/echo?msg=hello">/echo?msg=hello</a></li>
                <li><a href="/user/ada">/user/ada</a></li>
              </ul>
            </body>
            </html>
            """;

    static final String ABOUT = "An HTTP/1.1 server built from a raw socket up, one step at a time.\n";

    private DemoRoutes() {
    }

    /** A new router with {@code /}, {@code /about}, {@code /echo} and {@code /user/{username}}. */
    public static Router create() {
        return new Router()
                .get("/", request -> HttpResponse.html(Status.OK, WELCOME_PAGE))
                .get("/about", request -> HttpResponse.text(Status.OK, ABOUT))
                .get("/echo", DemoRoutes::echo)
                .get("/user/{username}", DemoRoutes::user);
    }

    /** {@code /echo?msg=hello} → {@code hello}, exactly the message and nothing else. */
    static HttpResponse echo(HttpRequest request) {
        String message = request.queryParameter("msg")
                .orElseThrow(() -> new HttpException(Status.BAD_REQUEST, "missing query parameter 'msg'", false));
        return HttpResponse.text(Status.OK, message);
    }

    static HttpResponse user(HttpRequest request) {
        String username = request.pathParameter("username").orElseThrow();
        return HttpResponse.text(Status.OK, "Hello, " + username + "!\n");
    }
}
