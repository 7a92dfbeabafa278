package httpfromscratch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes a body sent with {@code Transfer-Encoding: chunked} (RFC 9112 §7.1): a client that does
 * not know the length up front sends the body in pieces, each preceded by its size in hex, and a
 * zero-size piece at the end.
 *
 * <pre>
 * 5\r\n
 * hello\r\n
 * 0\r\n
 * \r\n
 * </pre>
 *
 * <p>Every line of this framing ends in CR LF, and a bare LF is an error here: the leniency the
 * head allows would let us and a proxy in front of us find different ends for the same body.
 */
final class ChunkedBody {

    /** A chunk-size line is a few hex digits and maybe an extension: 1 KiB is generous. */
    private static final int MAX_CHUNK_LINE_BYTES = 1024;

    /** More significant hex digits than this is more than a {@code long} holds, and than any limit. */
    private static final int MAX_SIZE_DIGITS = 15;

    private ChunkedBody() {
    }

    /** Reads the chunks up to and including the last chunk, the trailer fields and the final CR LF. */
    static byte[] read(InputStream in, Limits limits) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long size;
        while ((size = readChunkSize(in)) > 0) {
            if (body.size() + size > limits.maxBodyBytes()) {
                throw new HttpException(Status.CONTENT_TOO_LARGE, "body larger than " + limits.maxBodyBytes() + " bytes");
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new HttpException(Status.BAD_REQUEST, "incomplete chunk");
            }
            body.write(chunk);
            expectEmptyLine(in, "expected CRLF after chunk data");
        }
        skipTrailers(in, limits);
        return body.toByteArray();
    }

    /**
     * {@code chunk-size [ chunk-ext ]}: {@code 1a;name=value} → 26, {@code 001a} → 26. Extensions
     * after {@code ;} carry nothing we use, but must not hide control characters.
     */
    private static long readChunkSize(InputStream in) throws IOException {
        String line = readLine(in, MAX_CHUNK_LINE_BYTES);
        int digits = 0;
        while (digits < line.length() && Syntax.isHexDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || !isChunkExtension(line.substring(digits))) {
            throw new HttpException(Status.BAD_REQUEST, "malformed chunk size '" + line + "'");
        }
        int first = 0;
        while (first < digits - 1 && line.charAt(first) == '0') {
            first++; // leading zeros are valid: 001a is 1a
        }
        if (digits - first > MAX_SIZE_DIGITS) {
            throw new HttpException(Status.CONTENT_TOO_LARGE, "chunk size '" + line + "' too large");
        }
        return Long.parseLong(line, first, digits, 16);
    }

    /** Nothing, or optional whitespace, {@code ;} and an extension without control characters. */
    private static boolean isChunkExtension(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        String extension = Syntax.trimWhitespace(rest); // whitespace is allowed before the ';'
        return extension.startsWith(";") && Syntax.isFieldValue(extension);
    }

    /**
     * After the last chunk come optional trailer fields, then an empty line. We check that each is a
     * well-formed field, within {@link Limits#MAX_TRAILER_SECTION_BYTES}, and discard it.
     */
    private static void skipTrailers(InputStream in, Limits limits) throws IOException {
        int trailers = 0;
        int bytesLeft = Limits.MAX_TRAILER_SECTION_BYTES;
        HttpException tooLarge = new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "trailer section larger than " + Limits.MAX_TRAILER_SECTION_BYTES + " bytes");
        String line;
        while (!(line = readLine(in, Math.max(bytesLeft - 2, 0), tooLarge)).isEmpty()) {
            if (++trailers > limits.maxHeaderCount()) {
                throw new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE, "too many trailer fields");
            }
            bytesLeft -= line.length() + 2;
            RequestParser.parseField(line);
        }
    }

    private static void expectEmptyLine(InputStream in, String message) throws IOException {
        if (!readLine(in, 2).isEmpty()) {
            throw new HttpException(Status.BAD_REQUEST, message);
        }
    }

    private static String readLine(InputStream in, int maxBytes) throws IOException {
        return readLine(in, maxBytes, new HttpException(Status.BAD_REQUEST, "chunk framing line too long"));
    }

    private static String readLine(InputStream in, int maxBytes, HttpException tooLong) throws IOException {
        String line = LineReader.read(in, maxBytes, tooLong, LineReader.Ending.CRLF);
        if (line == null) {
            throw new HttpException(Status.BAD_REQUEST, "incomplete chunked body");
        }
        return line;
    }
}
