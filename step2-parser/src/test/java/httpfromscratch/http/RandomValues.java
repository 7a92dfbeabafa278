package httpfromscratch.http;

import java.util.Random;

/**
 * Values a test draws at random, so that an answer cannot be typed into the code: a word to echo,
 * a body whose length the server must count. One seed per run, printed, so that a failure can be
 * replayed with {@code -Dtests.seed=...}.
 */
final class RandomValues {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("Random test values drawn with seed " + SEED + "; replay with -Dtests.seed=" + SEED);
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** Letters that UTF-8 encodes in two or three bytes: a length counted in characters gets them wrong. */
    private static final String WIDE_LETTERS = "éüßøλж€";

    private RandomValues() {
    }

    /** A lower-case ASCII word of 4 to 12 letters. */
    static String word() {
        return drawn(LETTERS, 4 + RANDOM.nextInt(9));
    }

    /** A word that also holds letters wider than one byte in UTF-8. */
    static String wideWord() {
        return word() + drawn(WIDE_LETTERS, 1 + RANDOM.nextInt(4)) + word();
    }

    /** A number from {@code min} to {@code max}, both included. */
    static int between(int min, int max) {
        return min + RANDOM.nextInt(max - min + 1);
    }

    private static synchronized String drawn(String alphabet, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
