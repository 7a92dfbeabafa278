package httpfromscratch.http;

import java.util.regex.Pattern;

/**
 * The first line of a request: {@code method SP request-target SP HTTP-version} (RFC 9112 §3).
 *
 * @param method  a token such as {@code GET}
 * @param target  the request-target, not yet decoded
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}: the version we process the request as
 */
public record RequestLine(String method, String target, String version) {

    /** Compiled once: {@code String.matches} would compile the pattern again for every request. */
    private static final Pattern VERSION_SYNTAX = Pattern.compile("HTTP/[0-9]\\.[0-9]|HTTP/[2-9]");

    // Exercise 2.2
    /** Splits the line at its two single spaces and checks each part. */
    public static RequestLine parse(String line) {
        int firstSpace = line.indexOf(' ');
        int lastSpace = line.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace == firstSpace) {
            throw new HttpException(Status.BAD_REQUEST, "expected 'METHOD target HTTP/1.1' as the request line");
        }
        String method = line.substring(0, firstSpace);
        String target = line.substring(firstSpace + 1, lastSpace);
        String version = line.substring(lastSpace + 1);
        if (!Syntax.isToken(method)) {
            throw new HttpException(Status.BAD_REQUEST, "method must be a token such as GET, got '" + method + "'");
        }
        if (target.isEmpty() || !isVisibleAscii(target)) {
            throw new HttpException(Status.BAD_REQUEST, "request target must be visible ASCII without spaces");
        }
        return new RequestLine(method, target, versionToProcess(version));
    }

    /** No spaces, no controls, nothing above 0x7E: a target is sent percent-encoded (RFC 3986). */
    private static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * The version we answer as. HTTP/1.0 and HTTP/1.1 are ours. A later HTTP/1.x (say
     * {@code HTTP/1.2}) promises to be understood as HTTP/1.1, so it is processed as HTTP/1.1
     * (RFC 9110 §2.5); another major version is a 505. An HTTP/1.x version always has a minor
     * digit ({@code HTTP/1} is malformed); HTTP/2 and later name themselves without one.
     */
    private static String versionToProcess(String version) {
        if (version.equals("HTTP/1.1") || version.equals("HTTP/1.0")) {
            return version; // nearly every request: no need to run the pattern below
        }
        if (!VERSION_SYNTAX.matcher(version).matches()) {
            throw new HttpException(Status.BAD_REQUEST, "expected HTTP/1.1 or HTTP/1.0 as the version, got '" + version + "'");
        }
        if (!version.startsWith("HTTP/1.")) {
            throw new HttpException(Status.HTTP_VERSION_NOT_SUPPORTED, "only HTTP/1.0 and HTTP/1.1 are supported");
        }
        return version.equals("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
    }
}
