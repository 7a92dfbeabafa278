package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CodeCrafters routes, called as a function: no socket. */
class ChallengeRoutesTest {

    @TempDir
    Path folder;

    private Router routes(Optional<Path> directory) {
        return ChallengeRoutes.addTo(new Router(), directory);
    }

    private HttpResponse get(Router router, String target) throws IOException {
        return router.handle(HttpRequest.of("GET", target));
    }

    @Test
    void echoesThePathSegmentAsPlainText() throws IOException {
        HttpResponse response = get(routes(Optional.empty()), "/echo/abc");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).contains("text/plain");
        assertThat(response.bodyText()).isEqualTo("abc");
    }

    @Test
    void gzipsEvenAShortEchoWhenTheClientAsks() throws IOException {
        HttpRequest request = HttpRequest.of("GET", "/echo/abc",
                Headers.of("Host", "localhost", "Accept-Encoding", "gzip"), new byte[0]);

        HttpResponse response = routes(Optional.empty()).handle(request);

        assertThat(response.headers().first("Content-Encoding")).hasValue("gzip");
        try (var unzipped = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(response.body().toByteArray()))) {
            assertThat(new String(unzipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("abc");
        }
    }

    @Test
    void answersWithTheUserAgent() throws IOException {
        HttpRequest request = HttpRequest.of("GET", "/user-agent",
                Headers.of("Host", "localhost", "User-Agent", "foobar/1.2.3"), new byte[0]);

        HttpResponse response = routes(Optional.empty()).handle(request);

        assertThat(response.bodyText()).isEqualTo("foobar/1.2.3");
        assertThat(response.headers().first("Content-Type")).contains("text/plain");
    }

    @Test
    void servesAFileAsBytes() throws IOException {
        Files.writeString(folder.resolve("foo"), "Hello, World!");

        HttpResponse response = get(routes(Optional.of(folder)), "/files/foo");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).contains("application/octet-stream");
        assertThat(response.body().length()).isEqualTo(13);
        assertThat(response.bodyText()).isEqualTo("Hello, World!");
    }

    @Test
    void answers404ForAMissingFile() throws IOException {
        assertThat(get(routes(Optional.of(folder)), "/files/nope").status()).isEqualTo(404);
    }

    @Test
    void answers404WithAReasonWhenNoDirectoryWasGiven() throws IOException {
        HttpResponse response = get(routes(Optional.empty()), "/files/foo");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyText()).contains("--directory");
    }

    @Test
    void savesAPostedBodyAndAnswers201() throws IOException {
        HttpRequest post = HttpRequest.of("POST", "/files/number",
                Headers.of("Host", "localhost", "Content-Type", "application/octet-stream"), bytes("12345"));

        HttpResponse response = routes(Optional.of(folder)).handle(post);

        assertThat(response.status()).isEqualTo(201);
        assertThat(Files.readString(folder.resolve("number"))).isEqualTo("12345");
        assertThat(folder.toFile().list()).as("no temporary file left behind").containsExactly("number");
    }

    @Test
    void refusesNamesThatLeaveTheDirectory() throws IOException {
        Path inside = Files.createDirectory(folder.resolve("files"));
        Files.writeString(folder.resolve("secret"), "secret");
        Files.createSymbolicLink(inside.resolve("link"), folder.resolve("secret"));
        Router router = routes(Optional.of(inside));

        assertThat(get(router, "/files/%2e%2e").status()).isEqualTo(404);
        assertThat(get(router, "/files/link").status()).as("a link out of the folder").isEqualTo(404);
        HttpRequest post = HttpRequest.of("POST", "/files/%2e%2e",
                Headers.of("Host", "localhost"), bytes("overwrite"));
        assertThat(router.handle(post).status()).isEqualTo(404);
    }

    @Test
    void refusesToWriteAFileAsTheFolderItself() throws IOException {
        Path root = Files.createDirectory(folder.resolve("root"));
        Router router = routes(Optional.of(root));

        for (String name : new String[] {"/files/.", "/files/%2e", "/files/%2E", "/files/"}) {
            HttpResponse response = router.handle(HttpRequest.of("POST", name, Headers.of("Host", "localhost"), bytes("x")));
            assertThat(response.status()).as(name).isEqualTo(404);
        }
        assertThat(root).isDirectory();
        assertThat(folder.toFile().list()).as("nothing written next to the folder").containsExactly("root");
    }

    @Test
    void refusesToReplaceASymlinkedFolderWithAnUpload() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);
        Router router = routes(Optional.of(link));

        HttpResponse response = router.handle(HttpRequest.of("POST", "/files/.", Headers.of("Host", "localhost"), bytes("x")));

        assertThat(response.status()).isEqualTo(404);
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
    }

    @Test
    void percentEncodesTheLocationOfAFileWhoseNameIsNoHeaderValue() throws IOException {
        Router router = routes(Optional.of(folder));

        HttpResponse euro = router.handle(HttpRequest.of("POST", "/files/%E2%82%AC", Headers.of("Host", "localhost"), bytes("1")));
        HttpResponse lineFeed = router.handle(HttpRequest.of("POST", "/files/a%0ab", Headers.of("Host", "localhost"), bytes("2")));

        assertThat(euro.status()).isEqualTo(201);
        assertThat(euro.headers().first("Location")).hasValue("/files/%E2%82%AC");
        assertThat(lineFeed.status()).isEqualTo(201);
        assertThat(lineFeed.headers().first("Location")).hasValue("/files/a%0Ab");
    }

    @Test
    void saysUtf8ForTextBeyondAsciiAndNothingForAscii() throws IOException {
        Router router = routes(Optional.empty());

        assertThat(get(router, "/echo/caf%C3%A9").headers().first("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get(router, "/echo/abc").headers().first("Content-Type")).hasValue("text/plain");
    }

    @Test
    void userAgentAnswersVaryOnUserAgent() throws IOException {
        HttpResponse response = get(routes(Optional.empty()), "/user-agent");

        assertThat(response.headers().first("Vary")).hasValue("User-Agent");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
