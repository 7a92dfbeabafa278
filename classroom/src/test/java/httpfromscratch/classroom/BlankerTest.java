package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlankerTest {

    private static final String SOURCE = """
            class Greeter {

                // Exercise 1.1
                /** Says hello; "quotes" and {braces} in the Javadoc stay. */
                static String greet(String name) {
                    return "Hello, " + name + "!";
                }

                // Exercise 1.2
                static String shout(String text) { return text.toUpperCase(); }
            }
            """;

    private static Exercise exercise(String id, int markerLine, String title) {
        return new Exercise(id, 1, title, "Write it.", List.of("Look."), "docs/01-demo.md",
                Slugs.of("Exercise " + id + ": " + title), "step1-demo/src/main/java/demo/Greeter.java", markerLine, "m");
    }

    @Test
    void replacesTheBodyAndKeepsMarkerJavadocAndSignature() {
        Blanker.Result result = Blanker.blank(SOURCE, List.of(exercise("1.1", 3, "Say \"hello\"")));

        assertThat(result.text()).isEqualTo("""
                class Greeter {

                    // Exercise 1.1
                    /** Says hello; "quotes" and {braces} in the Javadoc stay. */
                    static String greet(String name) {
                        throw new UnsupportedOperationException("Exercise 1.1 (Say \\"hello\\") is yours to write: \
                read docs/01-demo.md#exercise-11-say-hello");
                    }

                    static String shout(String text) { return text.toUpperCase(); }
                }
                """);
    }

    @Test
    void recordsTheLinesOfTheBlankedBodyInTheOriginalFile() {
        Blanker.Result result = Blanker.blank(SOURCE, List.of(exercise("1.1", 3, "Greet"), exercise("1.2", 9, "Shout")));

        assertThat(result.blanks()).extracting(Blanker.Blank::firstLine, Blanker.Blank::lastLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 7), org.assertj.core.groups.Tuple.tuple(10, 10));
        assertThat(result.text()).doesNotContain("Hello, ").doesNotContain("toUpperCase")
                .contains("// Exercise 1.1").contains("// Exercise 1.2");
    }

    @Test
    void removesTheMarkersOfExercisesThatStaySolved() {
        Blanker.Result result = Blanker.blank(SOURCE, List.of());

        assertThat(result.text()).doesNotContain("// Exercise").contains("return \"Hello, \" + name + \"!\";");
        assertThat(result.blanks()).isEmpty();
    }

    @Test
    void findsTheExercisesABlanksMessageNames() {
        String trace = "java.lang.UnsupportedOperationException: " + Blanker.message(exercise("1.2", 9, "Shout"))
                + "\n\tat demo.Greeter.shout(Greeter.java:10)";

        assertThat(Blanker.exercisesNamedIn(trace)).containsExactly("1.2");
        assertThat(Blanker.exercisesNamedIn("expected: 200 but was: 500")).isEmpty();
    }
}
