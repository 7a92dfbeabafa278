package httpfromscratch.tester;

import httpfromscratch.concurrency.ConnectionLimits;
import httpfromscratch.concurrency.ServerSettings;
import httpfromscratch.http.Handler;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.json.CrudApp;
import httpfromscratch.json.MemoryStore;
import httpfromscratch.middleware.ApiRoutes;
import httpfromscratch.middleware.MiddlewareStack;
import httpfromscratch.routing.DemoRoutes;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.ConnectionHandler;
import httpfromscratch.staticfiles.MimeTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Tiny servers, each wrong in one way a hurried student might be, made of the reference's parts
 * with one thing changed. Each must fail exactly the stage that covers its mistake.
 */
final class BrokenServers {

    private BrokenServers() {
    }

    /** Step 1 by hand, but the response has no Content-Length: the client can only read until close. */
    static ReferenceServers.Running withoutContentLength() throws IOException {
        return ReferenceServers.tcp(answering("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nHello, World!\n"));
    }

    /** Reads the head and answers 200 to anything: no parser, so no protocol error is ever refused. */
    static ReferenceServers.Running neverRefuses() throws IOException {
        return ReferenceServers.tcp(answering("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"
                + "Date: Fri, 04 Dec 2026 12:00:00 GMT\r\nConnection: close\r\n\r\nhi\n"));
    }

    /** Step 3's router, but its 405 lost the Allow header. */
    static ReferenceServers.Running methodNotAllowedWithoutAllow() throws IOException {
        Handler router = DemoRoutes.create();
        return ReferenceServers.http(request -> {
            HttpResponse response = router.handle(request);
            return response.status() == Status.METHOD_NOT_ALLOWED ? response.withHeaders(response.headers().without("Allow")) : response;
        });
    }

    /**
     * Step 3's routes plus files served the naive way: the path glued to the folder, no check. The
     * folder is {@code root/site}; a secret sits next to it, in {@code root}.
     */
    static ReferenceServers.Running naiveStaticFiles(Path site) throws IOException {
        Handler router = DemoRoutes.create();
        return ReferenceServers.http(request -> {
            if (!request.path().startsWith("/static/")) {
                return router.handle(request);
            }
            String name = request.path().substring("/static/".length());
            try {
                return HttpResponse.of(Status.OK, MimeTypes.contentType(name), Files.readAllBytes(site.resolve(name)));
            } catch (NoSuchFileException e) {
                return JsonErrors.response(Status.NOT_FOUND, "no such file", request.path());
            } catch (IOException e) {
                return JsonErrors.response(Status.NOT_FOUND, "not a file", request.path());
            }
        });
    }

    /** Step 5's stack, but the token is checked before CORS: a preflight, which never has a token, gets 401. */
    static ReferenceServers.Running preflightBehindAuth() throws IOException {
        Handler app = MiddlewareStack.standard(MiddlewareStack.Config.demo(ReferenceServers.TOKEN), line -> { })
                .wrap(ApiRoutes.create(ReferenceServers.site()));
        return ReferenceServers.http(request -> request.method().equals("OPTIONS")
                ? JsonErrors.response(Status.UNAUTHORIZED, "this resource needs a bearer token", request.path())
                        .withHeader("WWW-Authenticate", "Bearer")
                : app.handle(request));
    }

    /** Step 6, but a created item is answered 200 instead of 201. */
    static ReferenceServers.Running createdAsOk() throws IOException {
        Handler app = CrudApp.app(CrudApp.routes(ReferenceServers.site(), new MemoryStore<>(), new MemoryStore<>()),
                ReferenceServers.TOKEN, line -> { });
        return ReferenceServers.http(request -> {
            HttpResponse response = app.handle(request);
            return response.status() == Status.CREATED ? new HttpResponse(Status.OK, response.headers(), response.body()) : response;
        });
    }

    /**
     * Step 7's server with a pool of one thread: a client that is slow to send holds up everyone,
     * here for the default 10 s that a request may take.
     */
    static ReferenceServers.Running onePooledThread() throws IOException {
        return ReferenceServers.concurrent(ServerSettings.DEFAULTS.withPoolThreads(1), ConnectionLimits.REQUEST_TIMEOUT);
    }

    /** Skips the request's head, then writes {@code response} as it is. */
    private static ConnectionHandler answering(String response) {
        return (Socket connection) -> {
            skipHead(connection.getInputStream());
            connection.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            connection.getOutputStream().flush();
        };
    }

    /** Reads up to the empty line that ends a request head (CR LF CR LF), or to the end of the stream. */
    private static void skipHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }
}
