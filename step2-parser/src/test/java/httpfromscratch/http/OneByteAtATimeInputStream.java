package httpfromscratch.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that hands out at most one byte per {@code read}, like a slow network: a parser that
 * assumes one read returns a whole line, a whole head or a whole body fails on it.
 */
final class OneByteAtATimeInputStream extends FilterInputStream {

    OneByteAtATimeInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1));
    }

    @Override
    public long skip(long n) throws IOException {
        return super.skip(Math.min(n, 1));
    }

    @Override
    public int available() {
        return 0; // "nothing is here yet": a parser must not rely on available()
    }
}
