package httpfromscratch.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Transfer-Encoding of a request (RFC 9112 §6.1): the codings applied to the body, in order, so
 * the last one is the outermost. We decode one coding, {@code chunked}, which must be that last one.
 */
final class TransferEncoding {

    private TransferEncoding() {
    }

    /**
     * True when the body comes in chunks, false when there is no Transfer-Encoding. When chunked is
     * not the last coding, nobody can tell where the body ends: 400 (RFC 9112 §6.3), as is chunked
     * twice. Chunked after a coding we cannot undo, such as {@code gzip, chunked}: 501.
     */
    static boolean isChunked(Headers headers) {
        if (!headers.contains("Transfer-Encoding")) {
            return false;
        }
        List<String> codings = codings(headers);
        if (codings.isEmpty() || !codings.getLast().equals("chunked")) {
            throw new HttpException(Status.BAD_REQUEST,
                    "the last transfer coding must be 'chunked', or the body's end is unknown; got " + codings);
        }
        if (codings.indexOf("chunked") != codings.size() - 1) {
            throw new HttpException(Status.BAD_REQUEST, "'chunked' applied more than once");
        }
        if (codings.size() > 1) {
            throw new HttpException(Status.NOT_IMPLEMENTED,
                    "only 'Transfer-Encoding: chunked' is supported, got " + codings);
        }
        return true;
    }

    /** {@code gzip, Chunked} on one or more lines → {@code [gzip, chunked]}; empty list items are skipped. */
    private static List<String> codings(Headers headers) {
        List<String> codings = new ArrayList<>();
        for (String value : headers.all("Transfer-Encoding")) {
            for (String item : value.split(",")) {
                String coding = Syntax.trimWhitespace(item);
                if (!coding.isEmpty()) {
                    codings.add(coding.toLowerCase(Locale.ROOT));
                }
            }
        }
        return codings;
    }
}
