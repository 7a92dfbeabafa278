package httpfromscratch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
 */
final class ChunkedBody {

    /** A chunk-size line is a few hex digits and maybe an extension: 1 KiB is generous. */
    private static final int MAX_CHUNK_LINE_BYTES = 1024;

    private ChunkedBody() {
    }

    static byte[] read(InputStream in, List<String> transferEncodings, Limits limits) throws IOException {
        if (transferEncodings.size() != 1 || !transferEncodings.getFirst().equalsIgnoreCase("chunked")) {
            throw new HttpException(Status.NOT_IMPLEMENTED,
                    "only 'Transfer-Encoding: chunked' is supported, got " + transferEncodings);
        }
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

    /** {@code 1a;name=value} → 26. Chunk extensions after {@code ;} carry nothing we use. */
    private static long readChunkSize(InputStream in) throws IOException {
        String line = readLine(in, MAX_CHUNK_LINE_BYTES);
        int semicolon = line.indexOf(';');
        String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
        if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new HttpException(Status.BAD_REQUEST, "malformed chunk size '" + line + "'");
        }
        return Long.parseLong(hex, 16);
    }

    /** After the last chunk come optional trailer fields, then an empty line. We discard trailers. */
    private static void skipTrailers(InputStream in, Limits limits) throws IOException {
        int trailers = 0;
        while (!readLine(in, limits.maxHeaderSectionBytes()).isEmpty()) {
            if (++trailers > limits.maxHeaderCount()) {
                throw new HttpException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE, "too many trailer fields");
            }
        }
    }

    private static void expectEmptyLine(InputStream in, String message) throws IOException {
        if (!readLine(in, 2).isEmpty()) {
            throw new HttpException(Status.BAD_REQUEST, message);
        }
    }

    private static String readLine(InputStream in, int maxBytes) throws IOException {
        String line = LineReader.read(in, maxBytes, new HttpException(Status.BAD_REQUEST, "chunk framing line too long"));
        if (line == null) {
            throw new HttpException(Status.BAD_REQUEST, "incomplete chunked body");
        }
        return line;
    }
}
