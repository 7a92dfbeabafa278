package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import httpfromscratch.testing.RandomValues;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exercise 1.3 on in-memory streams, where the end of the stream and each flush are visible. */
class EchoTest {

    @Test
    void returnsNormallyAtTheEndOfTheStream() {
        byte[] sent = RandomValues.wideWord().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatCode(() -> EchoHandler.echo(new ByteArrayInputStream(sent), out))
                .as("echo must stop when read() returns -1 (the peer closed its side), without an exception")
                .doesNotThrowAnyException());
        assertThat(out.toByteArray()).isEqualTo(sent);
    }

    @Test
    void writesOnlyTheBytesEachReadReturned() throws IOException {
        byte[] sent = RandomValues.wideWord().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EchoHandler.echo(new ChunkedInput(sent, 3), out);

        assertThat(out.toByteArray()).as("a read may return fewer bytes than the buffer holds: write just those")
                .isEqualTo(sent);
    }

    @Test
    void flushesEachChunkBeforeWaitingForTheNextOne() throws IOException {
        byte[] sent = RandomValues.word().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ChunkedInput in = new ChunkedInput(sent, 2);
        // Each read checks that the bytes returned by the reads before it have reached the wire.
        in.beforeEachRead = given -> assertThat(wire.size())
                .as("bytes on the wire when echo reads again: each chunk must be flushed before waiting for the next")
                .isEqualTo(given);

        EchoHandler.echo(in, new BufferedOutputStream(wire));

        assertThat(wire.toByteArray()).isEqualTo(sent);
    }

    /** Returns at most {@code chunk} bytes per read, as a network connection may. */
    private static final class ChunkedInput extends InputStream {

        private final byte[] bytes;
        private final int chunk;
        private int position;
        java.util.function.IntConsumer beforeEachRead = given -> { };

        ChunkedInput(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            beforeEachRead.accept(position);
            if (position == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(chunk, length), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
