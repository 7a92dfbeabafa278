package httpfromscratch.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request-target split into a decoded path and decoded query parameters (RFC 9112 §3.2).
 *
 * <p>We accept the origin form ({@code /path?query}), the absolute form a proxy-aware client may
 * send ({@code http://host/path?query}), and {@code *} for {@code OPTIONS}. Percent-decoding
 * happens once, here: everything after this sees {@code /a b}, never {@code /a%20b}.
 */
public record RequestTarget(String path, Map<String, List<String>> query) {

    private static final String HEX_DIGITS = "0123456789ABCDEF";

    public static RequestTarget parse(String method, String target) {
        if (target.equals("*") && method.equals("OPTIONS")) {
            return new RequestTarget("*", Map.of()); // "OPTIONS *" asks about the server as a whole
        }
        String originForm = stripSchemeAndAuthority(target);
        if (!originForm.startsWith("/")) {
            throw new HttpException(Status.BAD_REQUEST, "request target must start with '/': " + target);
        }
        int questionMark = originForm.indexOf('?');
        String rawPath = questionMark < 0 ? originForm : originForm.substring(0, questionMark);
        String rawQuery = questionMark < 0 ? "" : originForm.substring(questionMark + 1);
        return new RequestTarget(percentDecode(rawPath, false), parseQuery(rawQuery));
    }

    /** {@code http://example.com/a?b} → {@code /a?b}; an origin-form target is returned unchanged. */
    private static String stripSchemeAndAuthority(String target) {
        for (String scheme : new String[] {"http://", "https://"}) {
            if (target.regionMatches(true, 0, scheme, 0, scheme.length())) {
                int pathStart = target.indexOf('/', scheme.length());
                return pathStart < 0 ? "/" : target.substring(pathStart);
            }
        }
        return target;
    }

    /**
     * {@code a=1&b=x%20y&a=2} → {@code {a=[1, 2], b=[x y]}}. In a query (HTML form encoding) a
     * {@code +} also means a space; in a path it is a plus.
     */
    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1), true);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return copyOf(parameters);
    }

    /** {@code %41} → {@code A}; the bytes are UTF-8. A malformed escape such as {@code %zz} is a 400. */
    static String percentDecode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text; // the common case: nothing to decode
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(hexByte(text, i));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                bytes.write(c); // the request line is ASCII: the parser already refused anything else
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The reverse of decoding a path: {@code /files/café €} → {@code /files/caf%C3%A9%20%E2%82%AC}.
     * Every byte of the UTF-8 form that is not allowed as it is in a path segment (RFC 3986 §3.3:
     * unreserved, sub-delims, {@code :}, {@code @}, and {@code /} between segments) becomes
     * {@code %XX}. What comes out is visible ASCII, so it may go into a header such as
     * {@code Location}, where a decoded path with a line feed or a non-ASCII letter may not.
     */
    public static String percentEncodePath(String path) {
        StringBuilder encoded = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX_DIGITS.charAt(c >> 4)).append(HEX_DIGITS.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }

    private static int hexByte(String text, int percentAt) {
        if (percentAt + 2 >= text.length()) {
            throw new HttpException(Status.BAD_REQUEST, "incomplete percent-encoding in '" + text + "'");
        }
        int high = Character.digit(text.charAt(percentAt + 1), 16);
        int low = Character.digit(text.charAt(percentAt + 2), 16);
        if (high < 0 || low < 0) {
            throw new HttpException(Status.BAD_REQUEST, "malformed percent-encoding in '" + text + "'");
        }
        return high * 16 + low;
    }

    /** An unmodifiable copy that keeps the order of the names. */
    static Map<String, List<String>> copyOf(Map<String, List<String>> query) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
