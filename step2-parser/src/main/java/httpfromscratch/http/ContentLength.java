package httpfromscratch.http;

import java.util.Optional;

/** Reads the Content-Length header strictly (RFC 9110 §8.6): digits only, and one value. */
final class ContentLength {

    /** Longer than this many digits is beyond any limit we would accept anyway (and beyond a long). */
    private static final int MAX_DIGITS = 18;

    private ContentLength() {
    }

    /**
     * The announced length, or empty without the header. Repeated headers or a list such as
     * {@code 5, 5} are allowed when every value is the same number; values that differ are a 400,
     * because which one would we believe?
     */
    static Optional<Long> of(Headers headers) {
        Long length = null;
        for (String header : headers.all("Content-Length")) {
            for (String value : header.split(",", -1)) {
                long parsed = parse(Syntax.trimWhitespace(value));
                if (length != null && length != parsed) {
                    throw new HttpException(Status.BAD_REQUEST, "Content-Length values differ");
                }
                length = parsed;
            }
        }
        return Optional.ofNullable(length);
    }

    private static long parse(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // "+5", "-1", "0x10", "5 5": Long.parseLong would accept some of these. We accept digits only.
            throw new HttpException(Status.BAD_REQUEST, "Content-Length must be digits only, got '" + value + "'");
        }
        if (value.length() > MAX_DIGITS) {
            throw new HttpException(Status.CONTENT_TOO_LARGE, "Content-Length too large");
        }
        return Long.parseLong(value);
    }
}
