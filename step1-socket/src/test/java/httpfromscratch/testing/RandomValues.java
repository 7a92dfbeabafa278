package httpfromscratch.testing;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Values a test checks that a solution could otherwise type in as constants (a word to echo, a
 * length to count, a file name, an id), drawn at random on every run. The seed is printed once;
 * to replay a failure, run the tests again with {@code -Dhttpfromscratch.seed=} that seed.
 *
 * <p>Every step's tests use this one class: step 1 publishes its test classes (a test-jar) and
 * the later steps depend on them in test scope.
 */
public final class RandomValues {

    public static final long SEED = Long.getLong("httpfromscratch.seed", ThreadLocalRandom.current().nextLong());

    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("Random test values from seed " + SEED + " (replay: -Dhttpfromscratch.seed=" + SEED + ")");
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** Letters that UTF-8 encodes in two or three bytes: a length counted in characters gets them wrong. */
    private static final String WIDE_LETTERS = "éüßøλж€";

    private RandomValues() {
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static synchronized int between(int min, int max) {
        return min + RANDOM.nextInt(max - min + 1);
    }

    /** A lowercase ASCII word of 4 to 12 letters. */
    public static String word() {
        return word(between(4, 12));
    }

    /** {@code length} lowercase letters: a name no solution can know in advance. */
    public static String word(int length) {
        return drawn(LETTERS, length);
    }

    /** A word that also holds letters wider than one byte in UTF-8. */
    public static String wideWord() {
        return word() + drawn(WIDE_LETTERS, between(1, 4)) + word();
    }

    /** {@code length} random bytes. */
    public static synchronized byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static synchronized String drawn(String alphabet, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
