package httpfromscratch.concurrency;

import httpfromscratch.http.Headers;
import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a connection carries on after a response (RFC 9112 §9.3): HTTP/1.1 keeps it open by
 * default, HTTP/1.0 closes it by default, and the {@code Connection} header of either side can say
 * otherwise.
 */
final class KeepAlive {

    private KeepAlive() {
    }

    /**
     * The options of the Connection header: a comma-separated list of case-insensitive tokens
     * (RFC 9110 §7.6.1), possibly spread over several header lines. {@code Keep-Alive, Upgrade} →
     * {@code [keep-alive, upgrade]}.
     */
    static Set<String> connectionOptions(Headers headers) {
        Set<String> options = new HashSet<>();
        for (String value : headers.all("Connection")) {
            for (String option : value.split(",")) {
                String token = option.strip().toLowerCase(Locale.ROOT);
                if (!token.isEmpty()) {
                    options.add(token);
                }
            }
        }
        return options;
    }

    // Exercise 7.3
    /** {@code close} ends it; otherwise HTTP/1.1 persists, and HTTP/1.0 only when it asked for {@code keep-alive}. */
    static boolean requestAllows(HttpRequest request) {
        Set<String> options = connectionOptions(request.headers());
        if (options.contains("close")) {
            return false;
        }
        return request.version().equals("HTTP/1.1") || options.contains("keep-alive");
    }

    /**
     * An HTTP/1.0 request with Transfer-Encoding: an HTTP/1.0 proxy on the way may not have known
     * chunked framing, and found another end for the body. RFC 9112 §6.1 says to treat the framing
     * as faulty: answer it, then close.
     */
    static boolean framingAllows(HttpRequest request) {
        return !(request.version().equals("HTTP/1.0") && request.headers().contains("Transfer-Encoding"));
    }

    /** A handler may end the connection by answering with {@code Connection: close}. */
    static boolean responseAllows(HttpResponse response) {
        return !connectionOptions(response.headers()).contains("close");
    }

    // Exercise 7.4
    /**
     * Tells the client what we decided: {@code close} when we are about to close (RFC 9112 §9.6), and
     * {@code keep-alive} to an HTTP/1.0 client, which would otherwise assume we close. An HTTP/1.1
     * client assumes we keep the connection, so it needs no header.
     */
    static HttpResponse announce(HttpResponse response, String version, boolean keepOpen) {
        if (!keepOpen) {
            return response.withHeader("Connection", "close");
        }
        if (version.equals("HTTP/1.0")) {
            return response.withHeader("Connection", "keep-alive");
        }
        return response;
    }
}
