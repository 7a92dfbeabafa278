package httpfromscratch.docs;

import httpfromscratch.docs.Markdown.Link;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a relative link in a markdown file leads somewhere: the file or folder exists, and a
 * {@code #fragment} names a heading of the target (GitHub's anchors, see {@link Slugger}). Links
 * with a scheme ({@code https:}, {@code mailto:}) are not ours to check.
 */
final class LinkCheck {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L(\\d+)(?:-L(\\d+))?");

    private LinkCheck() {
    }

    static boolean isExternal(Link link) {
        return SCHEME.matcher(link.target()).matches() || link.target().startsWith("//");
    }

    static void check(Repository repository, Markdown page, Link link) throws IOException {
        String where = page.at(link.line()) + ": link (" + link.target() + ")";
        if (link.target().isBlank()) {
            throw new AssertionError(where + " has no target");
        }
        String[] pathAndAnchor = link.target().split("#", 2);
        String path = decode(pathAndAnchor[0].replaceFirst("\\?.*", ""));
        String anchor = pathAndAnchor.length == 2 ? decode(pathAndAnchor[1]) : null;

        Path root = repository.root();
        Path target = path.isEmpty() ? page.file()
                : path.startsWith("/") ? root.resolve(path.substring(1)).normalize()
                : page.file().resolveSibling(path).normalize();
        if (!target.startsWith(root)) {
            throw new AssertionError(where + " points outside the repository");
        }
        if (!Files.exists(target)) {
            throw new AssertionError(where + ": there is no " + repository.relative(target) + didYouMean(target));
        }
        Path real = target.toRealPath();
        Path realRoot = root.toRealPath();
        Path asWritten = realRoot.resolve(root.relativize(target));
        if (!real.equals(asWritten) && real.toString().equalsIgnoreCase(asWritten.toString())) {
            throw new AssertionError(where + ": on disk the name is spelled " + real.getFileName()
                    + " (GitHub is case-sensitive)");
        }
        if (anchor != null) {
            // GitHub shows a folder's README.md, so an anchor on a folder is a heading of that file
            checkAnchor(repository, where, Files.isDirectory(target) ? target.resolve("README.md") : target, anchor);
        }
    }

    private static void checkAnchor(Repository repository, String where, Path target, String anchor)
            throws IOException {
        String name = repository.relative(target);
        if (name.endsWith(".md")) {
            if (!Files.isRegularFile(target)) {
                throw new AssertionError(where + ": #" + anchor + " needs " + name + ", which does not exist");
            }
            Set<String> anchors = Markdown.read(repository, target).anchors();
            if (!anchors.contains(anchor)) {
                throw new AssertionError(where + ": " + name + " has no heading with anchor #" + anchor
                        + Closest.to(anchor, anchors).map(closest -> "; did you mean #" + closest + "?").orElse("")
                        + "\n  its anchors: #" + String.join(", #", anchors));
            }
            return;
        }
        Matcher lines = LINE_ANCHOR.matcher(anchor);
        if (!lines.matches()) {
            throw new AssertionError(where + ": #" + anchor + " can't be checked: " + name
                    + " is not markdown, and the anchor is not a line (#L12 or #L12-L20)");
        }
        long count = Files.readAllLines(target).size();
        long last = Long.parseLong(lines.group(lines.group(2) == null ? 1 : 2));
        if (last < 1 || last > count) {
            throw new AssertionError(where + ": " + name + " has only " + count + " lines");
        }
    }

    /** "; did you mean 02-parser.md?" when a file of a similar name sits in the same folder. */
    private static String didYouMean(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            List<String> names = siblings.map(sibling -> sibling.getFileName().toString()).toList();
            return Closest.to(target.getFileName().toString(), names)
                    .map(name -> "; did you mean " + name + "?")
                    .orElse("");
        }
    }

    /** Undoes percent-encoding ({@code %20}); a {@code +} stays a plus, as in a URL path. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
