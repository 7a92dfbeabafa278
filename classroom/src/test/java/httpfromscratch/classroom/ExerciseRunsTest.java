package httpfromscratch.classroom;

import static httpfromscratch.classroom.ProgressTest.ONE;
import static httpfromscratch.classroom.ProgressTest.ONE_ONE;
import static httpfromscratch.classroom.ProgressTest.failed;
import static httpfromscratch.classroom.ProgressTest.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseRunsTest {

    @Test
    void aClassThatCouldNotStartStandsForEachOfItsTests() {
        ExerciseRuns.Results results = new ExerciseRuns.Results(
                Map.of(ONE, List.of(passed("demo.ServerTest#binds"), passed("demo.ServerTest#echoes"),
                        passed("demo.OtherTest#works"))),
                Map.of(ONE_ONE, List.of(failed("demo.ServerTest#initializationError", "Exercise 1.1 (Bind) is yours"),
                        failed("demo.OtherTest#works", "expected: 1"), passed("demo.NewTest#x"))),
                Set.of(), Path.of("build.log"));

        assertThat(results.failing(ONE_ONE))
                .containsExactly("demo.ServerTest#binds", "demo.ServerTest#echoes", "demo.OtherTest#works");
    }
}
