package httpfromscratch.tester;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Keeps a copy of every byte read through it, so a failure can show exactly what arrived. */
final class RecordingInputStream extends FilterInputStream {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            copy.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            copy.write(buffer, offset, count);
        }
        return count;
    }

    /** The bytes read since the last call, and a fresh start for the next exchange. */
    byte[] take() {
        byte[] bytes = copy.toByteArray();
        copy.reset();
        return bytes;
    }
}
