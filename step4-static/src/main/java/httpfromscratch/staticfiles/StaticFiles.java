package httpfromscratch.staticfiles;

import httpfromscratch.http.Handler;
import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpDate;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.routing.JsonErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A handler that serves the files of one folder. Mounted on a router with a tail pattern,
 *
 * <pre>
 * router.get("/static/{path...}", new StaticFiles(Path.of("site")));
 * </pre>
 *
 * {@code GET /static/css/site.css} answers with the file {@code site/css/site.css}, and the router
 * runs it for {@code HEAD} too.
 *
 * <ul>
 *   <li>A folder is served by its {@code index.html}; asked for without its trailing slash, it is
 *       first redirected (301) to the URL with one.
 *   <li>Anything that is not a regular file inside the folder is 404 Not Found, with the same body
 *       whether it is missing or refused (see {@link SafePath}): a client learns nothing about what
 *       lies outside the folder, not even whether it exists.
 *   <li>Every file carries {@code Last-Modified} and {@code ETag}; a client that shows it has the
 *       current version gets 304 Not Modified (see {@link ConditionalGet}).
 *   <li>The file is streamed, not loaded (see {@link FileBody}).
 * </ul>
 */
public final class StaticFiles implements Handler {

    /** The file that stands for its folder, as on every web server since NCSA httpd. */
    public static final String INDEX_FILE = "index.html";

    private final Path root;

    public StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public HttpResponse handle(HttpRequest request) throws IOException {
        String relativePath = request.pathParameter("path").orElseThrow(() -> new IllegalStateException(
                "StaticFiles needs a route whose pattern ends in {path...}, such as /static/{path...}"));
        Optional<Path> file = SafePath.resolve(root, relativePath);
        if (file.isEmpty()) {
            return notFound(request);
        }
        if (Files.isDirectory(file.get())) {
            return serveFolder(request, relativePath);
        }
        if (request.path().endsWith("/") || !Files.isRegularFile(file.get())) {
            return notFound(request); // "site.css/" would be a folder called site.css, and there is none
        }
        return serveFile(request, file.get());
    }

    /**
     * A folder is its {@code index.html}, at the URL that ends with a slash: that is the URL the page's
     * relative links ({@code href="site.css"}) are resolved against.
     */
    private HttpResponse serveFolder(HttpRequest request, String relativePath) throws IOException {
        if (!request.path().endsWith("/")) {
            return redirectToSlash(request);
        }
        // Checked like any other path: index.html itself could be a link out of the folder.
        Optional<Path> index = SafePath.resolve(root, relativePath + INDEX_FILE);
        if (index.isEmpty() || !Files.isRegularFile(index.get())) {
            return notFound(request); // no index.html: we don't list a folder's files
        }
        return serveFile(request, index.get());
    }

    /** 200 with the file, or 304 when the client's copy is still this version. */
    static HttpResponse serveFile(HttpRequest request, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        FileVersion version = FileVersion.of(attributes);
        if (ConditionalGet.isNotModified(request, version)) {
            return withValidators(HttpResponse.empty(Status.NOT_MODIFIED), version);
        }
        Headers headers = Headers.of(
                "Content-Type", MimeTypes.contentType(file.getFileName().toString()),
                // Trust our Content-Type: never guess "this .txt looks like HTML" and run its scripts.
                "X-Content-Type-Options", "nosniff");
        HttpResponse response = new HttpResponse(Status.OK, headers, new FileBody(file, attributes.size()));
        return withValidators(response, version);
    }

    /**
     * The headers a client needs to ask "has it changed?" next time. A 304 carries them too
     * (RFC 9110 §15.4.5), so the client's copy stays labelled with the current version.
     */
    private static HttpResponse withValidators(HttpResponse response, FileVersion version) {
        return response
                .withHeader("Last-Modified", HttpDate.format(version.lastModified()))
                .withHeader("ETag", version.etag())
                // "Keep a copy, but ask before each use": every reload revalidates, and gets its 304.
                .withHeader("Cache-Control", "no-cache");
    }

    /**
     * {@code /static/docs} → {@code 301 Location: /static/docs/}. Built from the target as the client
     * sent it, so it is still percent-encoded as a Location must be; the query is dropped.
     */
    private static HttpResponse redirectToSlash(HttpRequest request) {
        String target = request.target();
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        return HttpResponse.empty(Status.MOVED_PERMANENTLY).withHeader("Location", rawPath + "/");
    }

    /** The same answer for "missing" and "refused": the body names the URL path, never a path on disk. */
    private static HttpResponse notFound(HttpRequest request) {
        return JsonErrors.response(Status.NOT_FOUND, "no such file", request.path());
    }
}
