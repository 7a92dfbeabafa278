package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of exercise 4.2 that a hurried check misses: a forbidden character is forbidden at the
 * very first position too ({@code indexOf(c) > 0} skips it), and a folder whose index.html is
 * refused is a 404, not a crash.
 */
class PathEdgesTest {

    @TempDir
    Path parent;

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"\\..\\secret.txt", "\\etc\\passwd", "\0.png", "\0"})
    void refusesABackslashOrANulAsTheFirstCharacter(String requestPath) {
        assertThat(SafePath.isPlainRelativePath(requestPath))
                .as("a backslash or a NUL is refused wherever it is, index 0 included: indexOf(c) >= 0, not > 0")
                .isFalse();
    }

    @Test
    void servesANameWithARandomWordInIt() throws IOException {
        TestSite site = TestSite.create(parent);
        String name = RandomValues.word(RandomValues.between(3, 12)) + ".txt";
        TestSite.write(site.root().resolve(name), name);

        HttpResponse response = StaticRoutes.create(site.root()).handle(HttpRequest.of("GET", "/static/" + name));

        assertThat(response.status()).as("GET /static/" + name).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo(name);
    }

    @Test
    void aFolderWhoseIndexLeadsOutsideIsNotFound() throws IOException {
        TestSite site = TestSite.create(parent);
        Path folder = Files.createDirectory(site.root().resolve(RandomValues.word(8)));
        TestSite.symbolicLink(folder.resolve("index.html"), site.secretNextToRoot());

        HttpResponse response = StaticRoutes.create(site.root())
                .handle(HttpRequest.of("GET", "/static/" + folder.getFileName() + "/"));

        assertThat(response.status()).as("an index.html that links out of the root is refused like any file").isEqualTo(404);
        assertThat(response.bodyText()).doesNotContain(TestSite.SECRET);
    }
}
