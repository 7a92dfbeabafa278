package httpfromscratch.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository whose markdown the checks read: {@code README.md} at the root, every
 * {@code docs/*.md}, and any {@code *.md} inside a step module (build output excluded).
 */
record Repository(Path root) {

    Repository {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Finds the root from where the tests run. Maven runs them in the module directory
     * ({@code docs/}, named by the {@code basedir} property); an IDE may run them at the root. The
     * root is the first directory, going up, that holds {@code docs/pom.xml}.
     */
    static Repository locate() {
        Path start = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/pom.xml"))) {
                return new Repository(dir);
            }
        }
        throw new IllegalStateException("no repository root (a folder holding docs/pom.xml) above " + start);
    }

    /** The markdown files to check, parsed, in a stable order. */
    List<Markdown> markdown() {
        List<Path> files = new ArrayList<>();
        addIfPresent(files, root.resolve("README.md"));
        files.addAll(list(root.resolve("docs"), 1));
        for (Path module : list(root, 1)) {
            String name = module.getFileName().toString();
            if (Files.isDirectory(module) && name.matches("step\\d+-.*")) {
                files.addAll(list(module, Integer.MAX_VALUE));
            }
        }
        return files.stream()
                .filter(file -> file.getFileName().toString().endsWith(".md"))
                .filter(file -> !relative(file).matches("(.*/)?(target|node_modules|\\.[^/]*)/.*"))
                .sorted()
                .map(file -> Markdown.read(this, file))
                .toList();
    }

    /** A path as the chapters write it: relative to the root, with forward slashes. */
    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static void addIfPresent(List<Path> files, Path file) {
        if (Files.isRegularFile(file)) {
            files.add(file);
        }
    }

    private static List<Path> list(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir, depth)) {
            return paths.filter(path -> !path.equals(dir)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
