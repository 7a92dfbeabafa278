package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcerptNotesTest {

    private static final String FILE = "step1-demo/src/main/java/demo/Greeter.java";
    private static final List<String> SOURCE = """
            class Greeter {

                // Exercise 1.1
                static String greet(String name) {
                    String greeting = "Hello, " + name;
                    return greeting + "!";
                }

                static String wave() {
                    return "o/";
                }
            }
            """.lines().toList();
    private static final Exercise GREET = new Exercise("1.1", 1, "Greet", "Write it.", List.of("Think."),
            "docs/01-demo.md", "exercise-11-greet", FILE, 3, "greet");
    private static final Map<String, List<Blanker.Blank>> BLANKS = Map.of(FILE, List.of(new Blanker.Blank(GREET, 4, 7)));

    private static String replace(String path, String markdown) {
        return ExcerptNotes.replace(path, markdown, BLANKS, file -> SOURCE);
    }

    @Test
    void replacesAnExcerptThatShowsTheBlankedBody() {
        String chapter = """
                Here is how it greets:

                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                static String greet(String name) {
                    String greeting = "Hello, " + name;
                    // ...
                }
                ```

                That is all.
                """;

        assertThat(replace("docs/01-demo.md", chapter)).isEqualTo("""
                Here is how it greets:

                > **Exercise 1.1 is yours to write**, so the code that stood here is left out of your copy: \
                see [Exercise 1.1: Greet](#exercise-11-greet).

                That is all.
                """);
    }

    @Test
    void keepsAnExcerptThatShowsOnlyTheSignatureOrOtherMethods() {
        String chapter = """
                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                static String greet(String name) {
                    // ...
                }
                ```

                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                static String wave() {
                    return "o/";
                }
                ```
                """;

        assertThat(replace("docs/01-demo.md", chapter)).isEqualTo(chapter);
    }

    @Test
    void replacesAnExcerptThatNoLongerMatchesButRepeatsATellingLine() {
        String chapter = """
                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                String greeting = "Hello, " + name;
                return greeting;   // an older version of the method
                ```
                """;

        assertThat(replace("docs/01-demo.md", chapter)).contains("Exercise 1.1 is yours to write");
    }

    @Test
    void leavesExamplesInsideAFenceAlone() {
        String chapter = """
                ````markdown
                <!-- from: step1-demo/src/main/java/demo/Greeter.java -->
                ```java
                String greeting = "Hello, " + name;
                ```
                ````
                """;

        assertThat(replace("docs/writing.md", chapter)).isEqualTo(chapter);
    }

    @Test
    void linksToTheExerciseFromAnotherFolder() {
        assertThat(ExcerptNotes.link("README.md", GREET)).isEqualTo("docs/01-demo.md#exercise-11-greet");
        assertThat(ExcerptNotes.link("docs/07-more.md", GREET)).isEqualTo("01-demo.md#exercise-11-greet");
        assertThat(ExcerptNotes.link("docs/01-demo.md", GREET)).isEqualTo("#exercise-11-greet");
    }
}
