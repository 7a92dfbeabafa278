package httpfromscratch.http;

import java.util.Map;

/** The status codes this server uses (RFC 9110 §15), with their reason phrases. */
public final class Status {

    public static final int CONTINUE = 100;
    public static final int OK = 200;
    public static final int CREATED = 201;
    public static final int NO_CONTENT = 204;
    public static final int MOVED_PERMANENTLY = 301;
    public static final int NOT_MODIFIED = 304;
    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int METHOD_NOT_ALLOWED = 405;
    public static final int REQUEST_TIMEOUT = 408;
    public static final int CONTENT_TOO_LARGE = 413;
    public static final int URI_TOO_LONG = 414;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    public static final int EXPECTATION_FAILED = 417;
    public static final int UNPROCESSABLE_CONTENT = 422;
    public static final int TOO_MANY_REQUESTS = 429;
    public static final int REQUEST_HEADER_FIELDS_TOO_LARGE = 431;
    public static final int INTERNAL_SERVER_ERROR = 500;
    public static final int NOT_IMPLEMENTED = 501;
    public static final int SERVICE_UNAVAILABLE = 503;
    public static final int HTTP_VERSION_NOT_SUPPORTED = 505;
    /** RFC 4918 §11.5: we cannot store what the request asks us to store, for now. */
    public static final int INSUFFICIENT_STORAGE = 507;

    private static final Map<Integer, String> REASON_PHRASES = Map.ofEntries(
            Map.entry(CONTINUE, "Continue"),
            Map.entry(OK, "OK"),
            Map.entry(CREATED, "Created"),
            Map.entry(202, "Accepted"),
            Map.entry(NO_CONTENT, "No Content"),
            Map.entry(206, "Partial Content"),
            Map.entry(MOVED_PERMANENTLY, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(303, "See Other"),
            Map.entry(NOT_MODIFIED, "Not Modified"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(BAD_REQUEST, "Bad Request"),
            Map.entry(UNAUTHORIZED, "Unauthorized"),
            Map.entry(FORBIDDEN, "Forbidden"),
            Map.entry(NOT_FOUND, "Not Found"),
            Map.entry(METHOD_NOT_ALLOWED, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(REQUEST_TIMEOUT, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(CONTENT_TOO_LARGE, "Content Too Large"),
            Map.entry(URI_TOO_LONG, "URI Too Long"),
            Map.entry(UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type"),
            Map.entry(EXPECTATION_FAILED, "Expectation Failed"),
            Map.entry(UNPROCESSABLE_CONTENT, "Unprocessable Content"),
            Map.entry(TOO_MANY_REQUESTS, "Too Many Requests"),
            Map.entry(REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large"),
            Map.entry(INTERNAL_SERVER_ERROR, "Internal Server Error"),
            Map.entry(NOT_IMPLEMENTED, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(SERVICE_UNAVAILABLE, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(HTTP_VERSION_NOT_SUPPORTED, "HTTP Version Not Supported"),
            Map.entry(INSUFFICIENT_STORAGE, "Insufficient Storage"));

    private Status() {
    }

    /** "Not Found" for 404. The phrase is only for humans: clients act on the number. */
    public static String reasonPhrase(int status) {
        return REASON_PHRASES.getOrDefault(status, "");
    }

    /** 1xx, 204 and 304 responses never carry a body (RFC 9110 §6.4.1). */
    public static boolean forbidsBody(int status) {
        return status < 200 || status == NO_CONTENT || status == NOT_MODIFIED;
    }
}
