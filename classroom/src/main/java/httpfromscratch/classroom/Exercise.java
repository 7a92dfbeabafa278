package httpfromscratch.classroom;

import java.util.Comparator;
import java.util.List;

/**
 * One exercise: a method body in the reference code (found by its marker) and its chapter entry.
 *
 * @param id         {@code 2.1}: step 2, first exercise
 * @param step       the step number
 * @param title      "Split the request line"
 * @param task       what to write, from the chapter (markdown)
 * @param hints      one or two hints (markdown)
 * @param chapter    the chapter, from the repository root: {@code docs/02-http-parser.md}
 * @param anchor     the entry's anchor in the chapter
 * @param source     the file holding the method, from the repository root
 * @param markerLine the marker's 1-based line in {@code source}
 * @param method     the method's name
 */
record Exercise(String id, int step, String title, String task, List<String> hints, String chapter, String anchor,
        String source, int markerLine, String method) {

    /** 1.1, 1.2, …, 1.10, 2.1: by step, then by number, not as text. */
    static final Comparator<Exercise> ORDER = Comparator.comparingInt(Exercise::step).thenComparingInt(Exercise::number);

    int number() {
        return Integer.parseInt(id.substring(id.indexOf('.') + 1));
    }

    /** {@code docs/02-http-parser.md#exercise-21-split-the-request-line}, from the repository root. */
    String link() {
        return chapter + "#" + anchor;
    }

    /** "Exercise 2.1 (Split the request line)": how messages name it. */
    String label() {
        return "Exercise " + id + " (" + title + ")";
    }
}
