package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one line of a message head, byte by byte, up to a limit.
 *
 * <p>We read bytes, not characters: only after the line's end is found do we turn it into text.
 * Lines end in CR LF. In the head a lone LF is accepted too (RFC 9112 §2.2 allows it for the start
 * line and the fields, and it lets you type requests into {@code nc}); inside chunked framing it is
 * not (see {@link Ending#CRLF}). A CR not followed by LF is always an error.
 */
final class LineReader {

    /** Returned by {@link #read} when the stream ended before the line's first byte. */
    static final String END_OF_STREAM = null;

    /** Which line endings a line may have. */
    enum Ending {
        /** CR LF, or a bare LF: the request line and the header fields (RFC 9112 §2.2). */
        CRLF_OR_LF,
        /**
         * CR LF only: the lines of chunked framing (RFC 9112 §7.1). A server that also took a bare LF
         * there would read a different body than a proxy that does not: request smuggling.
         */
        CRLF
    }

    private LineReader() {
    }

    /** A line of the head, where a bare LF ends a line too. */
    static String read(InputStream in, int maxBytes, HttpException tooLong) throws IOException {
        return read(in, maxBytes, tooLong, Ending.CRLF_OR_LF);
    }

    // Exercise 2.1
    /**
     * Reads up to the next LF and returns the line without its CR LF. Throws {@code tooLong} once
     * the line exceeds {@code maxBytes}, before reading any further. The limit counts the line's
     * content: its CR LF ending does not use it up. {@code toText} checks the ending.
     */
    static String read(InputStream in, int maxBytes, HttpException tooLong, Ending ending) throws IOException {
        int capacity = (int) Math.min(maxBytes + 1L, Integer.MAX_VALUE); // the content and a CR
        byte[] line = new byte[Math.min(capacity, 256)];
        int length = 0;
        while (true) {
            int b = in.read();
            if (b == -1) {
                if (length == 0) {
                    return END_OF_STREAM;
                }
                throw new HttpException(Status.BAD_REQUEST, "incomplete request: connection closed mid-line");
            }
            if (b == '\n') {
                return toText(line, length, ending);
            }
            if (length > maxBytes || (length == maxBytes && b != '\r')) {
                throw tooLong; // only the CR of a line's CR LF ending may go past the limit
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, (int) Math.min(capacity, line.length * 2L));
            }
            line[length++] = (byte) b;
        }
    }

    private static String toText(byte[] line, int length, Ending ending) {
        if (length > 0 && line[length - 1] == '\r') {
            length--; // CR LF: drop the CR
        } else if (ending == Ending.CRLF) {
            throw new HttpException(Status.BAD_REQUEST, "expected CR LF, got a bare LF");
        }
        for (int i = 0; i < length; i++) {
            if (line[i] == '\r') {
                throw new HttpException(Status.BAD_REQUEST, "bare CR in the request head");
            }
        }
        // ISO-8859-1 maps each byte to one char and back: nothing is lost or guessed.
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
}
