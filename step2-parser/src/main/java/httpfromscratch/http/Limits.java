package httpfromscratch.http;

import java.time.Duration;

/**
 * How much a client may send before we give up, each limit tied to the status it produces. Without
 * limits one request can exhaust the server's memory: a header line that never ends, a million
 * headers, a body that claims to be a terabyte.
 *
 * @param maxRequestLineBytes request line, such as {@code GET /path HTTP/1.1}, in bytes → 414 URI Too Long
 * @param maxHeaderSectionBytes all header lines together, in bytes → 431 Request Header Fields Too Large
 * @param maxHeaderCount number of header lines → 431 Request Header Fields Too Large
 * @param maxBodyBytes body size, from Content-Length or chunks → 413 Content Too Large
 * @param headerTimeout how long we wait, between two reads, while receiving the head → 408 Request Timeout
 */
public record Limits(
        int maxRequestLineBytes,
        int maxHeaderSectionBytes,
        int maxHeaderCount,
        long maxBodyBytes,
        Duration headerTimeout) {

    /** 8 KiB: what RFC 9112 §3 recommends supporting at least, and the common default of servers. */
    public static final int MAX_REQUEST_LINE_BYTES = 8 * 1024;

    /** 16 KiB: room for large cookies, and far below what would hurt memory. */
    public static final int MAX_HEADER_SECTION_BYTES = 16 * 1024;

    /**
     * 4 KiB for the trailer fields after a chunked body → 431. Trailers are rare and small (a
     * checksum, a status); they are read and dropped, so they get a budget of their own, well
     * below the header section's.
     */
    public static final int MAX_TRAILER_SECTION_BYTES = 4 * 1024;

    /** 100: browsers send about 15; a hundred leaves room without inviting a flood of tiny headers. */
    public static final int MAX_HEADER_COUNT = 100;

    /** 1 MiB: plenty for the JSON and form bodies of this course, small enough to hold in memory. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    /** 10 s: a real client sends its head in milliseconds; a silent one should not hold a connection. */
    public static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

    public static final Limits DEFAULTS = new Limits(
            MAX_REQUEST_LINE_BYTES, MAX_HEADER_SECTION_BYTES, MAX_HEADER_COUNT, MAX_BODY_BYTES, HEADER_TIMEOUT);

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(maxRequestLineBytes, maxHeaderSectionBytes, maxHeaderCount, bytes, headerTimeout);
    }

    public Limits withHeaderTimeout(Duration timeout) {
        return new Limits(maxRequestLineBytes, maxHeaderSectionBytes, maxHeaderCount, maxBodyBytes, timeout);
    }
}
