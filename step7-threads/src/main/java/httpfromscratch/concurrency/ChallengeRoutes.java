package httpfromscratch.concurrency;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.RequestTarget;
import httpfromscratch.http.Status;
import httpfromscratch.middleware.Compression;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.routing.Router;
import httpfromscratch.staticfiles.FileBody;
import httpfromscratch.staticfiles.SafePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The routes of CodeCrafters' "Build your own HTTP server" challenge, so this step's server can take
 * its tests: {@code GET /echo/{text}}, {@code GET /user-agent}, and {@code GET}/{@code POST}
 * {@code /files/{name}} in the folder given with {@code --directory}.
 */
public final class ChallengeRoutes {

    /**
     * The challenge's tests expect exactly this Content-Type, without a charset, and send only
     * ASCII. Without a charset, text/plain means US-ASCII (RFC 2046 §4.1.2), so that is true for them.
     */
    static final String PLAIN_TEXT = "text/plain";

    /** For text beyond ASCII, such as {@code /echo/café}: said out loud, or a client guesses Latin-1. */
    static final String PLAIN_TEXT_UTF_8 = "text/plain; charset=utf-8";

    static final String BYTES = "application/octet-stream";

    private final Optional<Path> directory;

    private ChallengeRoutes(Optional<Path> directory) {
        this.directory = directory;
    }

    /** Adds the challenge's routes to {@code router}; without a directory, {@code /files/…} answers 404. */
    public static Router addTo(Router router, Optional<Path> directory) {
        ChallengeRoutes files = new ChallengeRoutes(directory);
        return router
                // The challenge's tester asks for gzip on bodies as short as "abc": compress them all.
                .get("/echo/{text}", new Compression(0).wrap(ChallengeRoutes::echo))
                .get("/user-agent", ChallengeRoutes::userAgent)
                .get("/files/{name}", files::read)
                .post("/files/{name}", files::write);
    }

    /** {@code GET /echo/abc} → {@code abc}. */
    static HttpResponse echo(HttpRequest request) {
        return plainText(request.pathParameter("text").orElseThrow());
    }

    /**
     * The client's {@code User-Agent} header, such as {@code curl/8.5.0}. The answer depends on that
     * header, so {@code Vary} says so: a cache must not give one client's answer to another.
     */
    static HttpResponse userAgent(HttpRequest request) {
        return plainText(request.header("User-Agent").orElse("")).withHeader("Vary", "User-Agent");
    }

    /** {@code GET /files/foo} → the bytes of {@code foo}, streamed from disk by step 4's {@link FileBody}. */
    HttpResponse read(HttpRequest request) throws IOException {
        Optional<Path> file = fileFor(request).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return notFound(request);
        }
        return new HttpResponse(Status.OK, Headers.of("Content-Type", BYTES), FileBody.of(file.get()));
    }

    /**
     * {@code POST /files/foo} → 201, and the body saved as {@code foo}. Written to a temporary file
     * first and then moved into place in one step, so a reader never sees half a file, and two
     * uploads to one name at once leave one whole file, not a mix of both.
     */
    HttpResponse write(HttpRequest request) throws IOException {
        Optional<Path> file = fileFor(request);
        if (file.isEmpty()) {
            return notFound(request);
        }
        Path upload = Files.createTempFile(file.get().getParent(), ".upload-", ".tmp");
        try {
            Files.write(upload, request.body());
            Files.move(upload, file.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(upload); // only still there if the write or the move failed
        }
        // The decoded name may hold a line feed or a non-ASCII letter, which no header value may:
        // encode it again.
        return HttpResponse.empty(Status.CREATED).withHeader("Location", RequestTarget.percentEncodePath(request.path()));
    }

    /**
     * The path inside the directory that the request's {@code {name}} names. Step 4's
     * {@link SafePath} refuses a name such as {@code ..} that would leave the directory, and
     * {@code .} or an empty name, which would be the directory itself.
     */
    private Optional<Path> fileFor(HttpRequest request) {
        String name = request.pathParameter("name").orElseThrow();
        return directory.flatMap(root -> SafePath.resolveInside(root, name));
    }

    private HttpResponse notFound(HttpRequest request) {
        String message = directory.isPresent()
                ? "no file " + request.pathParameter("name").orElseThrow()
                : "no files to serve: start the server with --directory DIR";
        return JsonErrors.response(Status.NOT_FOUND, message, request.path());
    }

    private static HttpResponse plainText(String text) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        return HttpResponse.of(Status.OK, ascii ? PLAIN_TEXT : PLAIN_TEXT_UTF_8, text.getBytes(StandardCharsets.UTF_8));
    }
}
