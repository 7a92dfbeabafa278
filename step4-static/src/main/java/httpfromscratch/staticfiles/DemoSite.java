package httpfromscratch.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small site this step's {@code main} serves: {@code src/main/resources/site/}, shipped on the
 * classpath so it is found wherever the repository was cloned.
 *
 * <p>Run from the build ({@code target/classes}) it is a plain folder already. Packed in a jar (when
 * a later step uses this one from the local repository) it is a zip entry, not a folder, so it is
 * copied out to a temporary folder first. Either way {@link StaticFiles} serves an ordinary folder.
 */
public final class DemoSite {

    /** One file we know the site has; the folder is its parent. */
    static final String INDEX_RESOURCE = "/site/index.html";

    private DemoSite() {
    }

    /** The demo site as a folder on disk. */
    public static Path directory() throws IOException {
        URL index = DemoSite.class.getResource(INDEX_RESOURCE);
        if (index == null) {
            throw new IllegalStateException(INDEX_RESOURCE + " is not on the classpath: run ./mvnw install first");
        }
        return directoryOf(index);
    }

    /** The folder holding {@code index}: itself for a {@code file:} URL, a copy for a {@code jar:} one. */
    static Path directoryOf(URL index) throws IOException {
        URI uri = toUri(index);
        switch (uri.getScheme()) {
            case "file" -> {
                return Path.of(uri).getParent();
            }
            case "jar" -> {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyToTemporaryFolder(jar.provider().getPath(uri).getParent());
                }
            }
            default -> throw new IOException("can't serve the demo site from " + uri + ": pass --root DIR instead");
        }
    }

    /** Copies a folder tree (here: one inside a jar) to a new temporary folder, deleted when the JVM exits. */
    static Path copyToTemporaryFolder(Path source) throws IOException {
        Path target = Files.createTempDirectory("http-from-scratch-site");
        target.toFile().deleteOnExit();
        try (Stream<Path> paths = Files.walk(source)) {
            // Parents come before their children, and deleteOnExit deletes in reverse: children first.
            paths.forEach(path -> copyOne(path, target.resolve(source.relativize(path).toString())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }

    private static void copyOne(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
            to.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URI: " + url, e);
        }
    }
}
