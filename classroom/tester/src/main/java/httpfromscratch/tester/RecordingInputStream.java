package httpfromscratch.tester;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a copy of every byte read through it, so a failure can show exactly what arrived. It is a
 * {@link BufferedInputStream} so that the client reads through it as it is, without a buffer of its
 * own in front: then the copy holds exactly the bytes of each response, even when the server sent
 * several at once (pipelining).
 */
final class RecordingInputStream extends BufferedInputStream {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public synchronized int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            copy.write(b);
        }
        return b;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            copy.write(buffer, offset, count);
        }
        return count;
    }

    /** The bytes read since the last call, and a fresh start for the next exchange. */
    synchronized byte[] take() {
        byte[] bytes = copy.toByteArray();
        copy.reset();
        return bytes;
    }
}
