package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import httpfromscratch.testing.RandomValues;
import org.junit.jupiter.api.Test;

/**
 * Exercise 5.6's two limits, both inclusive: a body of exactly the minimum size is worth
 * compressing, and so is one of exactly {@link Compression#MAXIMUM_SIZE}. The minimum is drawn at
 * random each run, so only a comparison with the {@code minimumSize} given can pass.
 */
class CompressionThresholdsTest {

    private static HttpResponse textOf(int length) {
        return HttpResponse.text(Status.OK, "x".repeat(length));
    }

    @Test
    void aBodyOfExactlyTheMinimumSizeIsCompressedOneByteLessIsNot() {
        int minimumSize = RandomValues.between(2, 2000);

        assertThat(Compression.isWorthCompressing(textOf(minimumSize), minimumSize))
                .as("a body of %d bytes with a minimum of %d: the minimum itself is big enough", minimumSize, minimumSize)
                .isTrue();
        assertThat(Compression.isWorthCompressing(textOf(minimumSize - 1), minimumSize))
                .as("a body of %d bytes with a minimum of %d", minimumSize - 1, minimumSize)
                .isFalse();
        assertThat(Compression.isWorthCompressing(textOf(minimumSize + 1), minimumSize)).isTrue();
    }

    @Test
    void aBodyOfExactlyTheMaximumSizeIsCompressedOneByteMoreIsNot() {
        int maximum = Compression.MAXIMUM_SIZE;

        assertThat(Compression.isWorthCompressing(textOf(maximum), 0))
                .as("a body of exactly MAXIMUM_SIZE bytes is still compressed")
                .isTrue();
        assertThat(Compression.isWorthCompressing(textOf(maximum + 1), 0))
                .as("a body of MAXIMUM_SIZE + 1 bytes is sent as it is")
                .isFalse();
    }
}
