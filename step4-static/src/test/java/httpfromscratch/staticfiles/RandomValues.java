package httpfromscratch.staticfiles;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Values a test checks that a solution could otherwise paste in as constants (a length, a file
 * name), drawn at random for each run. The seed is printed once; to replay a failure, run the tests
 * again with {@code -Dhttpfromscratch.seed=} that seed.
 */
final class RandomValues {

    static final long SEED = Long.getLong("httpfromscratch.seed", ThreadLocalRandom.current().nextLong());

    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("Random test values from seed " + SEED + " (replay: -Dhttpfromscratch.seed=" + SEED + ")");
    }

    private RandomValues() {
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static synchronized int between(int min, int max) {
        return min + RANDOM.nextInt(max - min + 1);
    }

    /** {@code length} lowercase letters: a name no solution can know in advance. */
    static synchronized String word(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** {@code length} random bytes. */
    static synchronized byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
