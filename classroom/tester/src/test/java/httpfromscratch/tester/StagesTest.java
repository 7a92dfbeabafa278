package httpfromscratch.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class StagesTest {

    /** The tests run in classroom/tester; the chapters are two folders up. */
    private static final Path REPOSITORY = Path.of("../..");

    @Test
    void everyStageLinksToASectionOfItsOwnStepsChapter() throws IOException {
        for (Stage stage : Stages.all()) {
            String file = stage.read().substring(0, stage.read().indexOf('#'));
            String anchor = stage.read().substring(stage.read().indexOf('#') + 1);
            assertThat(file).as(stage.id()).startsWith(String.format("docs/%02d-", stage.step()));
            List<String> anchors = Files.readAllLines(REPOSITORY.resolve(file)).stream()
                    .filter(line -> line.startsWith("#")).map(StagesTest::slug).toList();
            assertThat(anchors).as("%s links to %s", stage.id(), stage.read()).contains(anchor);
        }
    }

    @Test
    void everyStageSaysWhatItChecksInOneSentence() {
        for (Stage stage : Stages.all()) {
            assertThat(stage.checks()).as(stage.id()).endsWith(".").doesNotContain(". ");
        }
    }

    @Test
    void stagesComeInTheOrderOfTheChaptersWithOneIdEach() {
        List<Stage> stages = Stages.upTo(Options.defaults(Stages.LAST_STEP, 8080));
        assertThat(stages).extracting(Stage::id).doesNotHaveDuplicates();
        assertThat(stages).extracting(Stage::step).isSorted().contains(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aLowerStepRunsOnlyItsOwnStagesAndTheEarlierOnes() {
        assertThat(Stages.upTo(Options.defaults(3, 8080))).extracting(Stage::step).containsOnly(1, 2, 3);
        assertThat(Stages.upTo(Options.defaults(1, 8080))).containsExactly(SocketStages.HELLO);
        assertThat(Stages.upTo(Options.defaults(1, 8080).withEcho())).containsExactly(SocketStages.ECHO);
    }

    @Test
    void theClassroomGuideListsEveryStageAsItReads() throws IOException {
        String guide = Files.readString(REPOSITORY.resolve("docs/classroom.md"));
        for (Stage stage : Stages.all()) {
            assertThat(guide).as(stage.id()).contains("| " + stage.id() + " " + stage.name() + " | " + stage.checks() + " | ");
        }
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String slug(String heading) {
        return heading.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
