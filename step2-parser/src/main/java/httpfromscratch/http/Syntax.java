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

    /** Optional whitespace (OWS) around a field value: space or horizontal tab. */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t';
    }
}
