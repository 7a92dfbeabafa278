package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.testing.RandomValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Exercise 4.5 with lengths drawn at random each run: {@code copy} sends exactly the count it was
 * given, across buffer boundaries, whatever the count is.
 */
class FileBodyLengthsTest {

    @Test
    void copiesExactlyTheCountAcrossSeveralBuffers() throws IOException {
        int count = RandomValues.between(FileBody.BUFFER_SIZE + 1, 3 * FileBody.BUFFER_SIZE);
        byte[] file = RandomValues.bytes(count + RandomValues.between(1, 1000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FileBody.copy(new ByteArrayInputStream(file), out, count);

        assertThat(out.toByteArray())
                .as("copy(in, out, %d) of a longer stream sends its first %d bytes, no more", count, count)
                .isEqualTo(Arrays.copyOf(file, count));
    }

    @Test
    void aStreamThatEndsSoonerFailsWithEndOfFile() {
        int size = RandomValues.between(1, 5000);
        int missing = RandomValues.between(1, 5000);

        assertThatThrownBy(() -> FileBody.copy(new ByteArrayInputStream(new byte[size]), new ByteArrayOutputStream(), size + missing))
                .as("a file that shrank to %d bytes while %d were announced", size, size + missing)
                .isInstanceOf(EOFException.class);
    }

    @Test
    void copiesNothingForACountOfZero() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FileBody.copy(new ByteArrayInputStream(RandomValues.bytes(10)), out, 0);

        assertThat(out.size()).isZero();
    }
}
