package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one line of a message head, byte by byte, up to a limit.
 *
 * <p>We read bytes, not characters: only after the line's end is found do we turn it into text.
 * Lines end in CR LF; a lone LF is accepted too (RFC 9112 §2.2 allows it, and it lets you type
 * requests into {@code nc}), but a CR not followed by LF is an error.
 */
final class LineReader {

    /** Returned by {@link #read} when the stream ended before the line's first byte. */
    static final String END_OF_STREAM = null;

    private LineReader() {
    }

    // Exercise 2.1
    /**
     * Reads up to the next LF and returns the line without its CR LF. Throws {@code tooLong} once
     * the line exceeds {@code maxBytes}, before reading any further. The limit counts the line's
     * content: its CR LF ending does not use it up.
     */
    static String read(InputStream in, int maxBytes, HttpException tooLong) throws IOException {
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
                return toText(line, length);
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

    private static String toText(byte[] line, int length) {
        if (length > 0 && line[length - 1] == '\r') {
            length--; // CR LF: drop the CR
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
