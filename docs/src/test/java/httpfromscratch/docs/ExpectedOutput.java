package httpfromscratch.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares what a transcript says a command prints with what it printed: line by line and exact,
 * except that {@code …} in an expected line matches any text within that line, any {@code Date:}
 * header matches any other (its value changes every second), and trailing whitespace, trailing
 * blank lines and CRLF line ends don't count.
 */
final class ExpectedOutput {

    private static final String WILDCARD = "…";

    private ExpectedOutput() {
    }

    /** The text's lines, without line-end characters, trailing whitespace or trailing blank lines. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    static boolean lineMatches(String expected, String actual) {
        if (isDate(expected) && isDate(actual)) {
            return true;
        }
        if (!expected.contains(WILDCARD)) {
            return expected.equals(actual);
        }
        String regex = Pattern.quote(expected).replace(WILDCARD, "\\E.*\\Q");
        return actual.matches(regex);
    }

    static boolean matches(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!lineMatches(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line diff in the style of {@code diff -u}: {@code -} for an expected line that is missing,
     * {@code +} for an actual line that was not expected, two spaces for a line that matches.
     */
    static String diff(List<String> expected, List<String> actual) {
        // common[i][j]: how many lines expected[i..] and actual[j..] share, in order (LCS)
        int[][] common = new int[expected.size() + 1][actual.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = actual.size() - 1; j >= 0; j--) {
                common[i][j] = lineMatches(expected.get(i), actual.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder diff = new StringBuilder("--- expected\n+++ actual\n");
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            if (i < expected.size() && j < actual.size() && lineMatches(expected.get(i), actual.get(j))) {
                diff.append("  ").append(actual.get(j++)).append('\n');
                i++;
            } else if (i < expected.size() && (j == actual.size() || common[i + 1][j] >= common[i][j + 1])) {
                diff.append("- ").append(expected.get(i++)).append('\n');
            } else {
                diff.append("+ ").append(actual.get(j++)).append('\n');
            }
        }
        return diff.toString();
    }

    private static boolean isDate(String line) {
        return line.regionMatches(true, 0, "Date:", 0, 5);
    }
}
