package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.routing.Router;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSiteTest {

    @Test
    void theDemoSiteIsAFolderWithAnIndexHtml() throws IOException {
        Path site = DemoSite.directory();

        assertThat(site).isDirectory();
        assertThat(site.resolve(StaticFiles.INDEX_FILE)).isRegularFile();
    }

    @Test
    void thePageLoadsItsStylesheetAndScriptFromBesideIt() throws IOException {
        String page = Files.readString(DemoSite.directory().resolve("index.html"));

        assertThat(page).contains("href=\"style.css\"").contains("src=\"app.js\"");
        assertThat(DemoSite.directory().resolve("style.css")).isRegularFile();
        assertThat(DemoSite.directory().resolve("app.js")).isRegularFile();
    }

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /static/          | text/html; charset=utf-8
        /static/style.css | text/css; charset=utf-8
        /static/app.js    | text/javascript; charset=utf-8
        /static/icon.svg  | image/svg+xml
        """)
    void everyFileOfTheDemoSiteIsServedWithTheTypeTheBrowserNeeds(String target, String contentType) throws IOException {
        Router routes = StaticRoutes.create(DemoSite.directory());

        HttpResponse response = routes.handle(HttpRequest.of("GET", target));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).hasValue(contentType);
    }

    @Test
    void insideAJarTheSiteIsCopiedOutToAFolder(@TempDir Path folder) throws IOException {
        // What happens when a later step runs with this step's jar from the local repository.
        Path jar = folder.resolve("step4.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addEntry(out, "site/index.html", "<h1>from a jar</h1>");
            addEntry(out, "site/css/site.css", "h1 { color: red; }");
        }
        URL index = URI.create("jar:" + jar.toUri() + "!" + DemoSite.INDEX_RESOURCE).toURL();

        Path copy = DemoSite.directoryOf(index);

        assertThat(copy).isDirectory();
        assertThat(copy.resolve("index.html")).hasContent("<h1>from a jar</h1>");
        assertThat(copy.resolve("css/site.css")).hasContent("h1 { color: red; }");
    }

    @Test
    void aSiteThatIsNeitherAFileNorInAJarAsksForRoot() throws IOException {
        URL index = URI.create("http://example.com/site/index.html").toURL();

        assertThatThrownBy(() -> DemoSite.directoryOf(index))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("--root");
    }

    private static void addEntry(JarOutputStream jar, String name, String content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
