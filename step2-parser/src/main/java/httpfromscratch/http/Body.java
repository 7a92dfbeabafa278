package httpfromscratch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The body of a response: how many bytes it has, and how to write them.
 *
 * <p>A body knows its length before it is written, because Content-Length goes out first. Most
 * bodies are a byte array; step 4's files stream from disk through the same interface, so a 200 MB
 * file never has to fit in memory.
 */
public interface Body {

    Body EMPTY = of(new byte[0]);

    /** The number of bytes {@link #writeTo} will write. */
    long length();

    void writeTo(OutputStream out) throws IOException;

    static Body of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Body() {
            @Override
            public long length() {
                return copy.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(copy);
            }
        };
    }

    /** Reads the whole body into memory: for tests, and for middleware that transforms a body. */
    default byte[] toByteArray() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(length(), Integer.MAX_VALUE));
        try {
            writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
