package httpfromscratch.staticfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the path a client asked for into a path inside a root folder, or refuses. Nothing else in
 * this server turns request text into a file path, so this class is the whole defence against path
 * traversal ({@code GET /static/../../etc/passwd}).
 *
 * <p>The checks, in order; each one stops a trick the ones before it cannot:
 * <ol>
 *   <li>Refuse text that is never a name below the root: a NUL, a backslash, a leading {@code /},
 *       a {@code ..} segment. The parser has already percent-decoded the path, so {@code %2e%2e}
 *       arrives here as {@code ..} and is refused too.
 *   <li>Resolve against the absolute, normalized root, normalize, and check that the result still
 *       starts with the root. {@link Path#startsWith(Path)} compares whole names, so
 *       {@code /srv/static-secret} is not inside {@code /srv/static}; a {@code String} comparison
 *       would say it is.
 *   <li>Follow symbolic links ({@link Path#toRealPath}) and check again: a link inside the root may
 *       point anywhere.
 * </ol>
 *
 * <p>The path it returns may not exist yet (step 7 creates files through it); whoever reads it
 * still checks that it is a regular file. A link swapped in between this check and the read is a
 * race this class does not close: don't let untrusted users write into the served folder.
 */
public final class SafePath {

    private SafePath() {
    }

    /**
     * {@code resolve(root, "css/site.css")} → {@code root/css/site.css}; empty for anything that
     * would land outside {@code root}, or that is not a plain relative path.
     */
    public static Optional<Path> resolve(Path root, String requestPath) {
        if (!isPlainRelativePath(requestPath)) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate;
        try {
            candidate = base.resolve(requestPath).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a name this operating system cannot have, such as "a:b" on Windows
        }
        if (!isInside(base, candidate) || !staysInsideAfterLinks(base, candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * Like {@link #resolve}, for a name that must be a file <em>strictly inside</em> {@code root}:
     * never the root itself. {@code resolve(root, ".")} and {@code resolve(root, "")} are the
     * root, which is fine for serving a folder's index but not for writing a file: a file written
     * "as" the folder would replace it, or the link that stands for it.
     */
    public static Optional<Path> resolveInside(Path root, String name) {
        Path base = root.toAbsolutePath().normalize();
        return resolve(root, name).filter(candidate -> !candidate.equals(base));
    }

    // Exercise 4.2
    /** Refuses, before the filesystem sees it, what can only be an attempt to leave the root. */
    static boolean isPlainRelativePath(String requestPath) {
        if (requestPath.indexOf('\0') >= 0) {
            return false; // the operating system reads a name up to its first NUL: "a.txt\0.png" is "a.txt"
        }
        if (requestPath.indexOf('\\') >= 0) {
            return false; // Windows reads "..\" as "../"; no file name of ours needs a backslash
        }
        if (requestPath.startsWith("/")) {
            return false; // root.resolve("/etc/passwd") is /etc/passwd: an absolute path replaces the root
        }
        for (String segment : requestPath.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    // Exercise 4.3
    /**
     * {@link Path#startsWith(Path)} compares whole names: {@code /srv/static-secret/x} is not inside
     * {@code /srv/static}. {@code candidate.toString().startsWith(base.toString())} would say it is.
     */
    static boolean isInside(Path base, Path candidate) {
        return candidate.startsWith(base);
    }

    /**
     * With every symbolic link followed, the path must still be inside the root (with its links
     * followed too: the root itself may sit behind a link, like /tmp on macOS).
     */
    static boolean staysInsideAfterLinks(Path base, Path candidate) {
        try {
            return nearestExisting(candidate).toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return false; // a link to nowhere, or no root at all: refuse rather than guess
        }
    }

    /**
     * The candidate itself if it exists, else its closest existing parent: a file about to be created
     * is only as safe as the folder it goes in. A link counts as existing even when its target does
     * not, so {@code toRealPath()} fails on it instead of this method skipping over it.
     */
    private static Path nearestExisting(Path candidate) {
        Path existing = candidate;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent(); // candidate is absolute, so this ends at the filesystem root
        }
        return existing;
    }
}
