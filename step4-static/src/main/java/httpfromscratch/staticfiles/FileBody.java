package httpfromscratch.staticfiles;

import httpfromscratch.http.Body;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response body that stays on disk until it is written: {@link #writeTo} opens the file and
 * copies it to the socket one buffer at a time. Sending a 200 MB file costs one 64 KiB buffer of
 * memory, not 200 MB, and the first bytes leave before the last ones are read.
 *
 * <p>{@code length} is the file's size when the response was made, because Content-Length is
 * written before the body. Exactly that many bytes follow, whatever happens to the file meanwhile:
 * a grown file is cut at {@code length}, a shrunk one fails the write. Either way the client is
 * never told one length and sent another.
 *
 * @param file   the file to send
 * @param length how many bytes of it to send: its size when the headers were decided
 */
public record FileBody(Path file, long length) implements Body {

    /** Big enough that a large file takes few system calls, small enough to be nothing on the heap. */
    static final int BUFFER_SIZE = 64 * 1024;

    /** A body of the whole file, as big as it is now. */
    public static FileBody of(Path file) throws IOException {
        return new FileBody(file, Files.size(file));
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            copy(in, out, length);
        }
    }

    // Exercise 4.5
    /** Copies exactly {@code count} bytes, a buffer at a time; fails if {@code in} ends sooner. */
    static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long remaining = count;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("file ended " + remaining + " bytes early: it shrank while being sent");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }
}
