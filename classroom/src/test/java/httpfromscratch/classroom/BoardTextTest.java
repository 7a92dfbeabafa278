package httpfromscratch.classroom;

import static httpfromscratch.classroom.ProgressTest.ONE;
import static httpfromscratch.classroom.ProgressTest.ONE_ONE;
import static httpfromscratch.classroom.ProgressTest.ONE_TWO;
import static httpfromscratch.classroom.ProgressTest.TESTS;
import static httpfromscratch.classroom.ProgressTest.TWO;
import static httpfromscratch.classroom.ProgressTest.TWO_ONE;
import static httpfromscratch.classroom.ProgressTest.failed;
import static httpfromscratch.classroom.ProgressTest.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardTextTest {

    private static String board(StepRun one, StepRun two) {
        return BoardText.render("Demo course", Progress.of(List.of(ONE, TWO), List.of(ONE_ONE, ONE_TWO, TWO_ONE), TESTS,
                step -> step == ONE ? one : two, Set.of()));
    }

    @Test
    void showsEveryExerciseAndWhatToDoNext() {
        String board = board(StepRun.tested(List.of(
                failed("demo.ServerTest#binds", "sent \"hi\\r\\n\"\nexpected: \"hi\\r\\n\"\n but was: \"\""),
                passed("demo.ServerTest#echoes"))),
                StepRun.notRun());

        assertThat(board).contains("Demo course: 1 of 3 exercises done, 0 of 2 steps done")
                .contains("Step 1: demo ")
                .containsPattern("Step 1: demo \\.+ not yet: 1 of 2 tests pass")
                .containsPattern("Step 2: more \\.+ waiting for step 1")
                .contains("    [ ] 1.1  Bind")
                .containsPattern("\\[ ] 1\\.1  Bind +<- next")
                .contains("Next: Exercise 1.1, Bind")
                .contains("    [x] 1.2  Accept")
                .contains("Failing: ServerTest > binds")
                .contains("    sent \"hi\\r\\n\"")
                .contains("  Hint: Think.")
                .contains("  Read: docs/01-demo.md#exercise-11-bind");
    }

    @Test
    void showsCompilerErrorsFirstAndPlainly() {
        String board = board(StepRun.tested(List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"))),
                StepRun.notCompiling("step2-more/src/main/java/demo/X.java:3: error: ';' expected\n    int x = 1\n             ^\n"));

        assertThat(board).containsPattern("Step 2: more \\.+ does not compile")
                .contains("Next: make step2-more compile again. The compiler says:")
                .contains("    step2-more/src/main/java/demo/X.java:3: error: ';' expected")
                .doesNotContain("0 tests");
    }

    @Test
    void congratulatesWhenAllIsDone() {
        String board = board(StepRun.tested(List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"))),
                StepRun.tested(List.of(passed("demo.ParserTest#parses"))));

        assertThat(board).contains("3 of 3 exercises done, 2 of 2 steps done").contains("[x] 2.1  Parse")
                .contains("All done");
    }

    @Test
    void turnsMarkdownLinksIntoPathsAStudentCanOpen() {
        assertThat(BoardText.plain("[Binding](#binding) says why; see [chapter 2](02-http.md#limits) and"
                + " [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)", "docs/01-tcp.md"))
                .isEqualTo("Binding (docs/01-tcp.md#binding) says why; see chapter 2 (docs/02-http.md#limits) and"
                        + " RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110)");
    }

    @Test
    void wrapsLongHintsUnderTheirLabel() {
        assertThat(BoardText.wrapped("  Hint: ", "word ".repeat(30).strip()))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78))
                .element(1).asString().startsWith("        word");
    }
}
