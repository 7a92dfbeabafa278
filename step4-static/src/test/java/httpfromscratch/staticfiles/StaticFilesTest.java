package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handler called as a function, mounted as step 4 mounts it: no socket. */
class StaticFilesTest {

    @TempDir
    Path parent;

    private TestSite site;
    private Router routes;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.create(parent);
        routes = StaticRoutes.create(site.root());
    }

    private HttpResponse get(String target) throws IOException {
        return routes.handle(HttpRequest.of("GET", target));
    }

    @Test
    void servesAFileWithItsBytesAndItsContentType() throws IOException {
        HttpResponse response = get("/static/style.css");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(response.bodyText()).isEqualTo(TestSite.STYLE_CSS);
    }

    @Test
    void tellsTheBrowserToTrustTheContentTypeInsteadOfSniffing() throws IOException {
        assertThat(get("/static/style.css").headers().first("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void servesAFileInASubfolder() throws IOException {
        assertThat(get("/static/docs/index.html").bodyText()).isEqualTo(TestSite.DOCS_INDEX_HTML);
    }

    @Test
    void servesAnUnknownExtensionAsOctetStream() throws IOException {
        Files.write(site.root().resolve("data.bin"), new byte[] {0, 1, 2});

        HttpResponse response = get("/static/data.bin");

        assertThat(response.headers().first("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.body().toByteArray()).containsExactly(0, 1, 2);
    }

    @Test
    void labelsTheFileWithItsVersion() throws IOException {
        Path css = site.root().resolve("style.css");
        Instant saved = Instant.parse("2025-03-04T10:00:00.250Z");
        Files.setLastModifiedTime(css, FileTime.from(saved));
        long size = Files.size(css);

        HttpResponse response = get("/static/style.css");

        assertThat(response.headers().first("Last-Modified")).hasValue("Tue, 04 Mar 2025 10:00:00 GMT");
        assertThat(response.headers().first("ETag"))
                .hasValue(FileVersion.entityTag(size, Files.getLastModifiedTime(css).toInstant()));
        assertThat(response.headers().first("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void streamsTheFileInsteadOfLoadingIt() throws IOException {
        Path css = site.root().resolve("style.css");

        HttpResponse response = get("/static/style.css");

        assertThat(response.body()).isEqualTo(new FileBody(css, Files.size(css)));
    }

    @Test
    void aFolderUrlServesItsIndexHtml() throws IOException {
        HttpResponse root = get("/static/");
        HttpResponse docs = get("/static/docs/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.headers().first("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(root.bodyText()).isEqualTo(TestSite.INDEX_HTML);
        assertThat(docs.bodyText()).isEqualTo(TestSite.DOCS_INDEX_HTML);
    }

    @Test
    void aFolderWithoutItsTrailingSlashIsRedirectedToTheUrlWithOne() throws IOException {
        HttpResponse response = get("/static/docs");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.headers().first("Location")).hasValue("/static/docs/");
        assertThat(response.body().length()).isZero();
    }

    @Test
    void theMountPointItselfIsRedirectedToItsSlash() throws IOException {
        assertThat(get("/static").headers().first("Location")).hasValue("/static/");
    }

    @Test
    void theRedirectKeepsThePercentEncodingAndDropsTheQuery() throws IOException {
        Files.createDirectory(site.root().resolve("my docs"));

        HttpResponse response = get("/static/my%20docs?page=2");

        assertThat(response.headers().first("Location")).hasValue("/static/my%20docs/");
    }

    @Test
    void aFolderWithoutIndexHtmlIsNotListed() throws IOException {
        HttpResponse response = get("/static/empty/");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aMissingFileIsA404NamingTheUrlPath() throws IOException {
        HttpResponse response = get("/static/nope.txt");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("Content-Type")).hasValue("application/json");
        assertThat(response.bodyText())
                .isEqualTo("{\"error\":\"Not Found\",\"message\":\"no such file\",\"path\":\"/static/nope.txt\"}\n");
    }

    @Test
    void aFileAskedForAsAFolderIsA404() throws IOException {
        assertThat(get("/static/style.css/").status()).isEqualTo(404);
    }

    @Test
    void aRefusedPathGetsTheSameAnswerAsAMissingFile() throws IOException {
        HttpResponse refused = get("/static/%2e%2e/secret.txt");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.bodyText())
                .isEqualTo("{\"error\":\"Not Found\",\"message\":\"no such file\",\"path\":\"/static/../secret.txt\"}\n");
    }

    @Test
    void headGetsTheHeadersOfGet() throws IOException {
        HttpResponse get = get("/static/style.css");
        HttpResponse head = routes.handle(HttpRequest.of("HEAD", "/static/style.css"));

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers()).isEqualTo(get.headers());
        assertThat(head.body().length()).isEqualTo(get.body().length());
    }

    @Test
    void theRoutesOfStep3AreStillThere() throws IOException {
        assertThat(get("/about").status()).isEqualTo(200);
        assertThat(get("/user/ada").bodyText()).isEqualTo("Hello, ada!\n");
    }

    @Test
    void mountedWithoutATailPatternItSaysWhatItNeeds() {
        Router router = new Router().get("/file", new StaticFiles(site.root()));

        assertThatThrownBy(() -> router.handle(HttpRequest.of("GET", "/file")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{path...}");
    }
}
