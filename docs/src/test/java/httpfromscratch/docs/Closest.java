package httpfromscratch.docs;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds what was probably meant, for messages like "did you mean #hello-world?". */
final class Closest {

    private Closest() {
    }

    /** The candidate most like {@code wanted}, if one is close enough to be a likely slip. */
    static Optional<String> to(String wanted, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> !candidate.isBlank())
                .min(Comparator.comparingInt(candidate -> editDistance(wanted, candidate)))
                .filter(closest -> editDistance(wanted, closest) <= Math.max(3, wanted.length() / 2));
    }

    /** Levenshtein distance: how many characters to insert, delete or change to turn a into b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
