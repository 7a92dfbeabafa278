package httpfromscratch.json;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.Status;
import java.util.regex.Pattern;

/** The {@code {id}} of a path such as {@code /data/7}, shared by the resources. */
final class Ids {

    /** Digits only, at most 18 of them: every such number fits in a {@code long}, so parsing cannot fail. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    /**
     * The id in the request's path. Ids are numbers, so {@code /data/abc} names no item: that is a
     * 404, the same answer as for a number nobody was given, rather than a 400.
     */
    static long fromPath(HttpRequest request, String noun) {
        String text = request.pathParameter("id").orElseThrow();
        if (!ID.matcher(text).matches()) {
            throw notFound(noun, text);
        }
        return Long.parseLong(text);
    }

    /** "no item with id 7" → 404 Not Found. */
    static ApiException notFound(String noun, Object id) {
        return new ApiException(Status.NOT_FOUND, "no " + noun + " with id " + id);
    }
}
