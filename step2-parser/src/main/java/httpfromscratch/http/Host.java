package httpfromscratch.http;

/**
 * The syntax of a Host header's value (RFC 9112 §3.2): {@code uri-host [ ":" port ]}, where the
 * host is a name or an IPv4 address ({@code example.com}, {@code 127.0.0.1}) or an IPv6 address
 * in brackets ({@code [::1]}), and the port is digits (RFC 3986 §3.2.2 and §3.2.3).
 *
 * <p>A value outside this grammar ({@code a b}, {@code x/y}, {@code host:port:port}) is a 400: a
 * proxy that routes by the Host and a server that reads it differently must not disagree.
 */
final class Host {

    /** RFC 3986's {@code sub-delims}: allowed in a host name as they are. */
    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private Host() {
    }

    /** An empty value is valid: a client sends one when the target has no authority (RFC 9112 §3.2). */
    static boolean isValid(String value) {
        int portColon;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || !isIpv6Literal(value.substring(1, close))) {
                return false;
            }
            portColon = close + 1;
            if (portColon == value.length()) {
                return true;
            }
            if (value.charAt(portColon) != ':') {
                return false;
            }
        } else {
            portColon = value.indexOf(':');
            if (!isRegName(portColon < 0 ? value : value.substring(0, portColon))) {
                return false;
            }
            if (portColon < 0) {
                return true;
            }
        }
        return value.substring(portColon + 1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Hex digits, colons and dots (an IPv4 address may end an IPv6 one: {@code ::ffff:1.2.3.4}). */
    private static boolean isIpv6Literal(String literal) {
        return literal.contains(":") && literal.chars().allMatch(c -> Syntax.isHexDigit(c) || c == ':' || c == '.');
    }

    /** {@code reg-name = *( unreserved / pct-encoded / sub-delims )}: names and IPv4 addresses. */
    private static boolean isRegName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%') {
                if (i + 2 >= name.length() || !Syntax.isHexDigit(name.charAt(i + 1)) || !Syntax.isHexDigit(name.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }
}
