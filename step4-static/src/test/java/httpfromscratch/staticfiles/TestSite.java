package httpfromscratch.staticfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A served folder with secrets right next to it, so that any escape from the folder shows up as a
 * secret in a response:
 *
 * <pre>
 * parent/
 *   secret.txt            TOP SECRET, one level above the root
 *   static/               the root: what the server serves
 *     index.html
 *     style.css
 *     docs/index.html
 *     empty/              a folder without index.html
 *   static-secret/        a sibling whose name starts with the root's name (the string-prefix trap)
 *     secret.txt
 * </pre>
 *
 * The JDK's own file server test builds {@code foo} and {@code foobar} for the same reason.
 */
record TestSite(Path parent, Path root) {

    /** What every file outside the root contains, and no response may. */
    static final String SECRET = "TOP SECRET";

    static final String INDEX_HTML = "<h1>home</h1>\n";
    static final String STYLE_CSS = "h1 { color: rebeccapurple; }\n";
    static final String DOCS_INDEX_HTML = "<h1>docs</h1>\n";

    static TestSite create(Path parent) throws IOException {
        Path root = Files.createDirectory(parent.resolve("static"));
        write(root.resolve("index.html"), INDEX_HTML);
        write(root.resolve("style.css"), STYLE_CSS);
        write(Files.createDirectory(root.resolve("docs")).resolve("index.html"), DOCS_INDEX_HTML);
        Files.createDirectory(root.resolve("empty"));

        write(parent.resolve("secret.txt"), SECRET + ": next to the root\n");
        write(Files.createDirectory(parent.resolve("static-secret")).resolve("secret.txt"), SECRET + ": in the sibling\n");
        return new TestSite(parent, root);
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code parent/secret.txt}: outside the root. */
    Path secretNextToRoot() {
        return parent.resolve("secret.txt");
    }

    /** {@code parent/static-secret/secret.txt}: outside the root, though its path string starts with the root's. */
    Path secretInSibling() {
        return parent.resolve("static-secret").resolve("secret.txt");
    }

    /** Creates {@code root/name} as a symbolic link to {@code target}, or skips the test where links can't be made. */
    Path link(String name, Path target) {
        return symbolicLink(root.resolve(name), target);
    }

    static Path symbolicLink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows, for one, makes links only for administrators or in developer mode.
            return Assumptions.abort("symbolic links can't be made here: " + e);
        }
    }
}
