package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path root;

    @Test
    void pairsEachMarkerWithItsChapterEntry() {
        List<Exercise> exercises = Catalog.read(FakeCourse.in(root).course());

        assertThat(exercises).extracting(Exercise::id, Exercise::title, Exercise::method, Exercise::markerLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "Greet by name", "greet", 5),
                        org.assertj.core.groups.Tuple.tuple("1.2", "Shout", "shout", 12));
        assertThat(exercises.getFirst().link()).isEqualTo("docs/01-demo.md#exercise-11-greet-by-name");
        assertThat(exercises.getFirst().source()).isEqualTo(FakeCourse.GREETER);
    }

    @Test
    void reportsEveryMismatchAtOnce() {
        FakeCourse course = FakeCourse.in(root);
        course.write("step2-more/src/main/java/demo/More.java", """
                package demo;
                class More {
                    // Exercise 3.1
                    void wrongStep() { }

                    // Exercise 2.1
                    void noEntry() { }
                }
                """);
        course.write("docs/02-more.md", "## Exercises\n\n### Exercise 2.2: No marker\n\nWrite it.\n\n- Hint: x\n");

        assertThatThrownBy(() -> Catalog.read(course.course()))
                .isInstanceOf(ClassroomException.class)
                .hasMessageContaining("More.java:3: exercise 3.1 is in step2-more, so its id must start with 2.")
                .hasMessageContaining("More.java:6: '// Exercise 2.1' has no '### Exercise 2.1: Title' entry")
                .hasMessageContaining("docs/02-more.md:3: '### Exercise 2.2' has no '// Exercise 2.2' marker");
    }

    @Test
    void refusesAMarkerThatIsAlmostRight() {
        FakeCourse course = FakeCourse.in(root);
        course.write("step2-more/src/main/java/demo/More.java", "class More {\n    // Exercise 2.1: Parse\n    void x() { }\n}\n");

        assertThatThrownBy(() -> Catalog.read(course.course()))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("exactly '// Exercise 2.1'");
    }

    @Test
    void selectsFromAStepOrByIds() {
        List<Exercise> all = Catalog.read(FakeCourse.in(root).course());

        assertThat(Catalog.select(all, 1, Set.of("1.2"))).extracting(Exercise::id).containsExactly("1.2");
        assertThat(Catalog.select(all, 1, Set.of())).hasSize(2);
        assertThatThrownBy(() -> Catalog.select(all, 2, Set.of())).hasMessageContaining("leaves no exercise");
        assertThatThrownBy(() -> Catalog.select(all, 1, Set.of("9.9"))).hasMessageContaining("no such exercise: 9.9");
    }
}
