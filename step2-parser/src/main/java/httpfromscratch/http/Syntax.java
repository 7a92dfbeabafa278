package httpfromscratch.http;

/** The character classes of RFC 9110 §5.6, the grammar every header and method is made of. */
final class Syntax {

    private Syntax() {
    }

    /**
     * {@code tchar}: the characters allowed in a token (a method, a header name). Letters, digits
     * and {@code !#$%&'*+-.^_`|~}; no spaces, no separators such as {@code :} or {@code "}.
     */
    static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A field value may hold visible characters, spaces, tabs and bytes above 0x7F; no other controls. */
    static boolean isFieldValueChar(int c) {
        return c == '\t' || (c >= 0x20 && c != 0x7F && c <= 0xFF);
    }

    static boolean isFieldValue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isFieldValueChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code HEXDIG}: 0-9 and A-F in either case, and nothing else (no Unicode digits). */
    static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Optional whitespace (OWS) around a field value: space or horizontal tab. */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t';
    }

    /**
     * {@code value} without the optional whitespace (SP and HTAB) around it, and nothing else.
     * {@code String.strip()} would also remove control characters such as VT and FF, and turn
     * {@code "\u000Bchunked"}, which must be refused, into {@code "chunked"}.
     */
    static String trimWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }
}
