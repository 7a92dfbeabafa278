package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.classroom.Progress.ExerciseState;
import httpfromscratch.classroom.Progress.StepState;
import httpfromscratch.classroom.TestResult.Outcome;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final Step ONE = new Step(1, "step1-demo", "Step 1: demo", Optional.of("docs/01-demo.md"));
    static final Step TWO = new Step(2, "step2-more", "Step 2: more", Optional.of("docs/02-more.md"));
    static final Exercise ONE_ONE = exercise("1.1", 1, "Bind");
    static final Exercise ONE_TWO = exercise("1.2", 1, "Accept");
    static final Exercise TWO_ONE = exercise("2.1", 2, "Parse");
    static final Map<String, List<String>> TESTS = Map.of(
            "1.1", List.of("demo.ServerTest#binds", "demo.ServerTest#echoes"),
            "1.2", List.of("demo.ServerTest#echoes"),
            "2.1", List.of("demo.ParserTest#parses"));

    static Exercise exercise(String id, int step, String title) {
        return new Exercise(id, step, title, "Write it.", List.of("Think."), "docs/0" + step + "-demo.md",
                Slugs.of("Exercise " + id + ": " + title), "step" + step + "/src/main/java/demo/X.java", 0, "x");
    }

    static TestResult passed(String id) {
        return new TestResult(id, Outcome.PASSED, "", "");
    }

    static TestResult failed(String id, String message) {
        return new TestResult(id, Outcome.FAILED, message, "");
    }

    private static Progress progress(StepRun one, StepRun two) {
        return Progress.of(List.of(ONE, TWO), List.of(ONE_ONE, ONE_TWO, TWO_ONE), TESTS,
                step -> step == ONE ? one : two, Set.of());
    }

    @Test
    void aFreshWorkspaceIsAtItsFirstExercise() {
        Progress progress = progress(
                StepRun.tested(List.of(failed("demo.ServerTest#binds", "Exercise 1.1 (Bind) is yours to write: read x"),
                        failed("demo.ServerTest#echoes", "Exercise 1.1 (Bind) is yours to write: read x"))),
                StepRun.notRun());

        assertThat(progress.steps()).extracting(Progress.StepStatus::state)
                .containsExactly(StepState.FAILING, StepState.WAITING);
        assertThat(progress.exercises()).extracting(Progress.ExerciseStatus::state)
                .containsExactly(ExerciseState.NOT_YET, ExerciseState.WAITING, ExerciseState.NOT_YET);
        assertThat(progress.exercisesDone()).isZero();
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.1");
    }

    @Test
    void anExerciseIsDoneWhenItsOwnTestsPassEvenIfOthersInTheStepFail() {
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"),
                        failed("demo.ServerTest#other", "boom"))),
                StepRun.notRun());

        assertThat(progress.exercisesDone()).isEqualTo(2);
        assertThat(progress.steps().getFirst().state()).isEqualTo(StepState.FAILING);
    }

    @Test
    void aFailureOnlyThisExerciseExplainsIsItsOwn() {
        Progress progress = progress(
                StepRun.tested(List.of(failed("demo.ServerTest#binds", "expected: 8080"), passed("demo.ServerTest#echoes"))),
                StepRun.notRun());

        assertThat(progress.exercises()).extracting(Progress.ExerciseStatus::state)
                .containsExactly(ExerciseState.NOT_YET, ExerciseState.DONE, ExerciseState.NOT_YET);
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.1");
    }

    @Test
    void anExerciseWhoseFailuresAllNameAnotherIsWaitingForIt() {
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"),
                        new TestResult("demo.ServerTest#echoes", Outcome.FAILED, "expected: \"hi\" but was: \"\"",
                                "connection ended: java.lang.UnsupportedOperationException: Exercise 1.2 (Accept) is yours to write"))),
                StepRun.notRun());

        assertThat(progress.exercises().getFirst().state()).isEqualTo(ExerciseState.WAITING);
        assertThat(progress.exercises().getFirst().waitingFor()).containsExactly("1.2");
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.2");
    }

    @Test
    void aFailureThatNamesNoBlankIsPutDownToAnotherOpenExerciseThatFailsTheSameTest() {
        // 1.1 is written; 1.2 is not, and both fail ServerTest#echoes when blanked alone.
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"),
                        failed("demo.ServerTest#echoes", "expected: \"hi\" but was: \"\""))),
                StepRun.notRun());

        assertThat(progress.exercises().get(0).state()).isEqualTo(ExerciseState.WAITING);
        assertThat(progress.exercises().get(0).waitingFor()).containsExactly("1.2");
        assertThat(progress.exercises().get(1).state()).isEqualTo(ExerciseState.WAITING);
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.1");
    }

    @Test
    void anExerciseWhoseBlankShowsUpAnywhereIsNotWrittenYetAndComesNext() {
        // 1.1 is written; 1.2 is not, which a test outside both exercises' mappings gives away.
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"),
                        failed("demo.ServerTest#echoes", "expected: \"hi\" but was: \"\""),
                        failed("demo.ServerTest#other", "Exercise 1.2 (Accept) is yours to write: read x"))),
                StepRun.notRun());

        assertThat(progress.exercises().get(0).state()).isEqualTo(ExerciseState.WAITING);
        assertThat(progress.exercises().get(0).waitingFor()).containsExactly("1.2");
        assertThat(progress.exercises().get(1).state()).isEqualTo(ExerciseState.NOT_YET);
        assertThat(progress.exercises().get(1).stillBlank()).isTrue();
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.2");
    }

    @Test
    void anExerciseStillBlankInTheSourcesComesBeforeOnesThatMayBeWrittenAlready() {
        // 1.1 is written, 1.2 still throws its blank, and no failure says so.
        Progress progress = Progress.of(List.of(ONE, TWO), List.of(ONE_ONE, ONE_TWO, TWO_ONE), TESTS,
                step -> step == ONE
                        ? StepRun.tested(List.of(passed("demo.ServerTest#binds"), failed("demo.ServerTest#echoes", "no")))
                        : StepRun.notRun(),
                Set.of("1.2", "2.1"));

        assertThat(progress.exercises()).extracting(Progress.ExerciseStatus::state)
                .containsExactly(ExerciseState.WAITING, ExerciseState.NOT_YET, ExerciseState.NOT_YET);
        assertThat(progress.exercises().getFirst().waitingFor()).containsExactly("1.2");
        assertThat(progress.currentExercise()).map(status -> status.exercise().id()).hasValue("1.2");
    }

    @Test
    void aStepIsDoneOnlyWhenEveryEarlierStepIs() {
        Progress progress = progress(
                StepRun.tested(List.of(failed("demo.ServerTest#binds", "no"), passed("demo.ServerTest#echoes"))),
                StepRun.tested(List.of(passed("demo.ParserTest#parses"))));

        assertThat(progress.steps()).extracting(Progress.StepStatus::state)
                .containsExactly(StepState.FAILING, StepState.PASSING_BUT_EARLIER_STEP_NOT_DONE);
        assertThat(progress.exercises().get(2).state()).isEqualTo(ExerciseState.DONE);
        assertThat(progress.stepsDone()).isZero();
    }

    @Test
    void aStepThatDoesNotCompileIsTheFocusWithItsErrors() {
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"))),
                StepRun.notCompiling("X.java:3: error: ';' expected"));

        assertThat(progress.currentStep()).map(status -> status.state()).hasValue(StepState.NOT_COMPILING);
        assertThat(progress.currentExercise()).isEmpty();
    }

    @Test
    void everythingPassingIsAllDone() {
        Progress progress = progress(
                StepRun.tested(List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"))),
                StepRun.tested(List.of(passed("demo.ParserTest#parses"))));

        assertThat(progress.allDone()).isTrue();
        assertThat(progress.exercisesDone()).isEqualTo(3);
        assertThat(progress.currentStep()).isEmpty();
    }

    @Test
    void aTestThatDidNotRunDoesNotCountAsPassed() {
        Progress progress = progress(StepRun.tested(List.of(passed("demo.ServerTest#binds"))), StepRun.notRun());

        assertThat(progress.exercises().get(1).state()).isNotEqualTo(ExerciseState.DONE);
        assertThat(progress.exercises().get(1).failing()).extracting(TestResult::message)
                .containsExactly("this test did not run");
    }
}
