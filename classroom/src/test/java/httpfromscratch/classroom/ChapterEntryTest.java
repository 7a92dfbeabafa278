package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterEntryTest {

    private static List<ChapterEntry> read(String markdown) {
        return ChapterEntry.readAll("docs/01-demo.md", markdown.lines().toList());
    }

    @Test
    void readsTitleTaskHintsAndAnchor() {
        List<ChapterEntry> entries = read("""
                # 1. Demo

                ## Exercises

                Some words before the first exercise.

                ### Exercise 1.1: Split the `line`

                Write `Line.split`: cut it
                at the first space.

                - Hint: `indexOf` finds it;
                  `substring` cuts.
                - Hint: Mind the empty line.

                ### More to try

                1. Something open-ended.

                ## Where this step falls short
                """);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("1.1");
            assertThat(entry.title()).isEqualTo("Split the `line`");
            assertThat(entry.task()).isEqualTo("Write `Line.split`: cut it at the first space.");
            assertThat(entry.hints()).containsExactly("`indexOf` finds it; `substring` cuts.", "Mind the empty line.");
            assertThat(entry.anchor()).isEqualTo("exercise-11-split-the-line");
            assertThat(entry.line()).isEqualTo(7);
        });
    }

    @Test
    void ignoresHeadingsInsideCodeFences() {
        assertThat(read("""
                ## Exercises

                ```markdown
                ### Exercise 9.9: Not real
                ```
                """)).isEmpty();
    }

    @Test
    void refusesAnEntryWithoutHints() {
        assertThatThrownBy(() -> read("## Exercises\n\n### Exercise 1.1: Title\n\nWrite it.\n"))
                .isInstanceOf(ClassroomException.class)
                .hasMessageContaining("docs/01-demo.md:3").hasMessageContaining("one or two hints");
    }

    @Test
    void refusesAListItemThatIsNotAHint() {
        assertThatThrownBy(() -> read("## Exercises\n\n### Exercise 1.1: Title\n\nWrite it.\n\n- Try harder.\n"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("starting with 'Hint:'");
    }

    @Test
    void refusesAHeadingWithoutTheColonAndTitle() {
        assertThatThrownBy(() -> read("## Exercises\n\n### Exercise 1.1 Title\n\nWrite it.\n\n- Hint: x\n"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("'### Exercise 2.1: Title'");
    }

    @Test
    void refusesAnExerciseOutsideTheExercisesSection() {
        assertThatThrownBy(() -> read("## The code\n\n### Exercise 1.1: Title\n\nWrite it.\n\n- Hint: x\n"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("'## Exercises' section");
    }

    @Test
    void refusesAnEntryThatDoesNotSayWhatToWrite() {
        assertThatThrownBy(() -> read("## Exercises\n\n### Exercise 1.1: Title\n\n- Hint: x\n"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("say what to write");
    }
}
