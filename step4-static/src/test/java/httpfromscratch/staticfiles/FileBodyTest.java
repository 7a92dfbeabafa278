package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBodyTest {

    @TempDir
    Path folder;

    private Path file(int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) i;
        }
        return Files.write(folder.resolve("file.bin"), bytes);
    }

    @Test
    void ofTakesTheFilesCurrentSize() throws IOException {
        assertThat(FileBody.of(file(1000)).length()).isEqualTo(1000);
    }

    @Test
    void writesTheWholeFile() throws IOException {
        Path file = file(200_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FileBody.of(file).writeTo(out);

        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void writesOneBufferAtATimeNeverTheWholeFile() throws IOException {
        LargestWrite out = new LargestWrite();

        FileBody.of(file(5 * FileBody.BUFFER_SIZE + 7)).writeTo(out);

        assertThat(out.total).isEqualTo(5L * FileBody.BUFFER_SIZE + 7);
        assertThat(out.largest).isLessThanOrEqualTo(FileBody.BUFFER_SIZE);
    }

    @Test
    void aFileThatGrewIsCutAtTheLengthAlreadyAnnounced() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FileBody(file(100), 10).writeTo(out);

        assertThat(out.toByteArray()).hasSize(10).startsWith(0, 1, 2);
    }

    @Test
    void aFileThatShrankFailsRatherThanSendFewerBytesThanAnnounced() throws IOException {
        FileBody body = new FileBody(file(10), 100);

        assertThatThrownBy(() -> body.writeTo(new ByteArrayOutputStream()))
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("90 bytes early");
    }

    /** Counts bytes and remembers the largest single write. */
    private static final class LargestWrite extends OutputStream {
        long total;
        int largest;

        @Override
        public void write(int b) {
            total++;
            largest = Math.max(largest, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            total += length;
            largest = Math.max(largest, length);
        }
    }
}
