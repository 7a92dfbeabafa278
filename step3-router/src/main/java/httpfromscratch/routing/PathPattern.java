package httpfromscratch.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path with holes: {@code /user/{name}} matches {@code /user/ada} with {@code name=ada}, and a
 * last segment {@code {path...}} takes the rest of the path, so {@code /static/{path...}} matches
 * {@code /static/css/site.css} with {@code path=css/site.css}.
 *
 * <p>Matching works segment by segment on the decoded path: a literal must be equal, a
 * {@code {name}} takes one non-empty segment, a tail takes whatever is left (even nothing).
 */
public record PathPattern(String pattern, List<String> segments) {

    private static final String TAIL_MARK = "...}";

    public static PathPattern parse(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': " + pattern);
        }
        List<String> segments = split(pattern);
        for (int i = 0; i < segments.size() - 1; i++) {
            if (isTail(segments.get(i))) {
                throw new IllegalArgumentException("{name...} must be the last segment: " + pattern);
            }
        }
        return new PathPattern(pattern, segments);
    }

    // Exercise 3.1
    /** The parameters if {@code path} matches, empty if it does not. */
    public Optional<Map<String, String>> match(String path) {
        List<String> parts = split(path);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isTail(segment)) {
                parameters.put(name(segment), String.join("/", parts.subList(Math.min(i, parts.size()), parts.size())));
                return Optional.of(parameters);
            }
            if (i >= parts.size()) {
                return Optional.empty();
            }
            String part = parts.get(i);
            if (isParameter(segment)) {
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(name(segment), part);
            } else if (!segment.equals(part)) {
                return Optional.empty();
            }
        }
        return parts.size() == segments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** {@code "/a/b/"} → {@code [a, b, ""]}: a trailing slash is a segment of its own, so it matters. */
    private static List<String> split(String path) {
        return List.of(path.substring(1).split("/", -1));
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static boolean isTail(String segment) {
        return isParameter(segment) && segment.endsWith(TAIL_MARK);
    }

    /** {@code {name}} → {@code name}, {@code {path...}} → {@code path}. */
    private static String name(String segment) {
        int end = isTail(segment) ? segment.length() - TAIL_MARK.length() : segment.length() - 1;
        return segment.substring(1, end);
    }
}
