package httpfromscratch.classroom;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces exercise bodies with a statement that says whose turn it is:
 *
 * <pre>
 * // Exercise 2.1
 * public static RequestLine parse(String line) {
 *     throw new UnsupportedOperationException("Exercise 2.1 (Split the request line) is yours to write: read docs/02-http-parser.md#exercise-21-split-the-request-line");
 * }
 * </pre>
 *
 * The marker, the Javadoc and the signature stay, so the student sees what to write and where to
 * read about it; the body's braces and everything between them go.
 */
final class Blanker {

    /** Finds the exercise a blank's message names, in a failure message or a stack trace. */
    static final Pattern BLANK_MESSAGE = Pattern.compile("Exercise (\\d+\\.\\d+) \\(.*?\\) is yours to write");

    private static final Pattern MARKER_LINE = Pattern.compile("(?m)^[ \\t]*// Exercise (\\d+\\.\\d+)[ \\t]*\\R");

    /**
     * A blanked method, with the 1-based lines of its body's braces in the original file: what lay
     * between them is the solution.
     */
    record Blank(Exercise exercise, int firstLine, int lastLine) {
    }

    record Result(String text, List<Blank> blanks) {
    }

    private Blanker() {
    }

    /**
     * Blanks {@code exercises} (all in this file) and removes the markers of every other exercise,
     * which stays solved in this copy.
     */
    static Result blank(String source, List<Exercise> exercises) {
        JavaText text = new JavaText(source);
        List<Blank> blanks = exercises.stream().map(exercise -> locate(text, exercise)).toList();
        StringBuilder result = new StringBuilder(source);
        for (Blank blank : blanks.stream().sorted(Comparator.comparingInt(Blank::firstLine).reversed()).toList()) {
            MethodBody body = MethodBody.below(text, blank.exercise().markerLine());
            result.replace(body.open(), body.close() + 1, replacement(blank.exercise(), indentOf(source, blank)));
        }
        Set<String> blanked = exercises.stream().map(Exercise::id).collect(Collectors.toSet());
        return new Result(withoutOtherMarkers(result.toString(), blanked), blanks);
    }

    private static Blank locate(JavaText text, Exercise exercise) {
        MethodBody body = MethodBody.below(text, exercise.markerLine());
        return new Blank(exercise, body.firstLine(text), body.lastLine(text));
    }

    /** The new body: the method's own indentation, one level deeper for the throw. */
    static String replacement(Exercise exercise, String indent) {
        return "{\n" + indent + "    throw new UnsupportedOperationException(\"" + javaString(message(exercise)) + "\");\n"
                + indent + "}";
    }

    /** "Exercise 2.1 (Split the request line) is yours to write: read docs/02-….md#exercise-21-…". */
    static String message(Exercise exercise) {
        return exercise.label() + " is yours to write: read " + exercise.link();
    }

    /** The exercises named in {@code text} by a blank's message. */
    static Set<String> exercisesNamedIn(String text) {
        Matcher named = BLANK_MESSAGE.matcher(text);
        return named.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static String withoutOtherMarkers(String source, Set<String> blanked) {
        return MARKER_LINE.matcher(source).replaceAll(marker ->
                blanked.contains(marker.group(1)) ? Matcher.quoteReplacement(marker.group()) : "");
    }

    private static String indentOf(String source, Blank blank) {
        String markerLine = source.lines().skip(blank.exercise().markerLine() - 1).findFirst().orElse("");
        return markerLine.substring(0, markerLine.length() - markerLine.stripLeading().length());
    }

    private static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
