package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole defence against path traversal, called directly. These are decoded paths, as the
 * router hands them over: the percent-encoded forms of the same tricks go through the real server
 * in {@link StaticFilesServerTest}.
 */
class SafePathTest {

    @TempDir
    Path parent;

    private TestSite site;
    private Path root;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.create(parent);
        root = site.root();
    }

    @Test
    void resolvesARelativePathToTheFileInsideTheRoot() {
        assertThat(SafePath.resolve(root, "docs/index.html")).hasValue(root.resolve("docs/index.html"));
    }

    @Test
    void resolvesTheEmptyPathToTheRootItself() {
        assertThat(SafePath.resolve(root, "")).hasValue(root);
    }

    @Test
    void resolvesAPathThatDoesNotExistYet() {
        // Step 7 creates files through SafePath: a new file inside the root is fine.
        assertThat(SafePath.resolve(root, "new/file.txt")).hasValue(root.resolve("new/file.txt"));
    }

    @Test
    void removesHarmlessDotSegments() {
        assertThat(SafePath.resolve(root, "./docs/./index.html")).hasValue(root.resolve("docs/index.html"));
    }

    @Test
    void normalizesTheRootBeforeComparing() {
        Path roundabout = parent.resolve("static/../static");

        assertThat(SafePath.resolve(roundabout, "style.css")).hasValue(root.resolve("style.css"));
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {
        "..",
        "../secret.txt",
        "docs/../../secret.txt",
        "docs/..",
        "../static-secret/secret.txt",
        "..\\secret.txt",
        "docs\\..\\..\\secret.txt",
        "/secret.txt",
        "/etc/passwd",
        "//etc/passwd",
        "index.html\0.png",
        "..\0/secret.txt",
    })
    void refusesPathsThatTryToLeaveTheRoot(String requestPath) {
        assertThat(SafePath.resolve(root, requestPath)).isEmpty();
    }

    @Test
    void refusesTheAbsolutePathOfAFileOutside() {
        assertThat(SafePath.resolve(root, site.secretNextToRoot().toString())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is an ordinary name")
    @ValueSource(strings = {"...", "..hidden", "notes..", "a..b", ".well-known"})
    void dotsInsideANameAreNotTraversal(String name) {
        assertThat(SafePath.resolve(root, name)).hasValue(root.resolve(name));
    }

    @ParameterizedTest(name = "\"{0}\" is plain: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        css/site.css     | true
        ''               | true
        ...              | true
        ../x             | false
        a/../b           | false
        a/..             | false
        /a               | false
        a\\b             | false
        """)
    void isPlainRelativePathLooksAtTheTextAlone(String requestPath, boolean plain) {
        assertThat(SafePath.isPlainRelativePath(requestPath)).isEqualTo(plain);
    }

    @Test
    void isPlainRelativePathRefusesANulByte() {
        assertThat(SafePath.isPlainRelativePath("notes.txt\0.png")).isFalse();
    }

    @Test
    void aSiblingWhoseNameStartsWithTheRootsNameIsNotInside() {
        Path siblingSecret = site.secretInSibling();
        // The trap: compared as strings, .../static-secret/secret.txt "starts with" .../static.
        assertThat(siblingSecret.toString()).startsWith(root.toString());

        assertThat(SafePath.isInside(root, siblingSecret)).isFalse();
    }

    @Test
    void aSiblingWhoseNameStartsWithTheRootsNameIsOutsideWithLinksFollowedToo() {
        assertThat(SafePath.staysInsideAfterLinks(root, site.secretInSibling())).isFalse();
    }

    @Test
    void isInsideAcceptsTheRootAndWhatIsBelowIt() {
        assertThat(SafePath.isInside(root, root)).isTrue();
        assertThat(SafePath.isInside(root, root.resolve("docs/index.html"))).isTrue();
        assertThat(SafePath.isInside(root, parent)).isFalse();
    }

    @Test
    void refusesALinkIntoTheSiblingWhoseNameStartsWithTheRootsName() {
        site.link("peek", Path.of("..", "static-secret"));

        assertThat(SafePath.resolve(root, "peek/secret.txt")).isEmpty();
    }

    @Test
    void refusesALinkToAFileOutside() {
        site.link("passwords.txt", site.secretNextToRoot());

        assertThat(SafePath.resolve(root, "passwords.txt")).isEmpty();
    }

    @Test
    void refusesANewFileUnderALinkToAFolderOutside() {
        site.link("outside", parent);

        assertThat(SafePath.resolve(root, "outside/new.txt")).isEmpty();
    }

    @Test
    void refusesALinkThatLeadsNowhere() {
        site.link("dangling", parent.resolve("missing"));

        assertThat(SafePath.resolve(root, "dangling")).isEmpty();
    }

    @Test
    void followsALinkThatStaysInside() {
        site.link("home.html", Path.of("index.html"));

        assertThat(SafePath.resolve(root, "home.html")).hasValue(root.resolve("home.html"));
    }

    @Test
    void servesFromARootThatIsItselfALink() throws IOException {
        // Like /tmp on macOS, which is a link to /private/tmp.
        Path linkedRoot = TestSite.symbolicLink(parent.resolve("site-link"), root);

        assertThat(SafePath.resolve(linkedRoot, "style.css")).hasValue(linkedRoot.resolve("style.css"));
        assertThat(Files.readString(SafePath.resolve(linkedRoot, "style.css").orElseThrow())).isEqualTo(TestSite.STYLE_CSS);
    }
}
