package httpfromscratch.staticfiles;

import httpfromscratch.http.HttpDate;
import httpfromscratch.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Conditional GET (RFC 9110 §13): a client that already has a copy of the file says which one, and
 * if the file has not changed since, the answer is {@code 304 Not Modified} with no body.
 *
 * <pre>
 * If-None-Match: "18bf0a1c2d8-1c4"                → 304 if the file's ETag is still that one
 * If-Modified-Since: Tue, 04 Mar 2025 10:00:00 GMT → 304 if the file has not changed since then
 * </pre>
 *
 * <p>When a request has both, If-None-Match decides and If-Modified-Since is ignored (§13.2.2): a
 * tag names one exact version, a date only the second it was saved in.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    // Exercise 4.4
    /** True if the client's copy is {@code version}, so a 304 will do. */
    static boolean isNotModified(HttpRequest request, FileVersion version) {
        List<String> ifNoneMatch = request.headers().all("If-None-Match");
        if (!ifNoneMatch.isEmpty()) {
            return anyTagMatches(ifNoneMatch, version.etag());
        }
        Optional<Instant> since = request.header("If-Modified-Since").flatMap(HttpDate::parse);
        return since.isPresent() && notModifiedSince(version.lastModified(), since.get());
    }

    /**
     * If-None-Match holds {@code *} (any version at all) or a list of tags, possibly over several
     * header lines: {@code "a", W/"b"}. A tag may contain a comma; ours never do, so a tag cut in two
     * at a comma is simply not ours.
     */
    static boolean anyTagMatches(List<String> fieldValues, String etag) {
        for (String fieldValue : fieldValues) {
            for (String tag : fieldValue.split(",")) {
                String trimmed = tag.strip();
                if (trimmed.equals("*") || weaklyEqual(trimmed, etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The weak comparison, which If-None-Match always uses (§13.1.2): {@code W/"x"} and {@code "x"}
     * are equal. The {@code W/} says "equivalent content, maybe not the same bytes" (a compressing
     * proxy adds it); for "do you still have it?" that is good enough.
     */
    static boolean weaklyEqual(String tag, String other) {
        return opaqueTag(tag).equals(opaqueTag(other));
    }

    private static String opaqueTag(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Not modified if the file's time is at or before the client's date; both are whole seconds. */
    static boolean notModifiedSince(Instant lastModified, Instant since) {
        return !lastModified.isAfter(since);
    }
}
