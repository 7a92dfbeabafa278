package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWriterTest {

    @TempDir
    Path root;
    @TempDir
    Path out;

    private Course course;
    private List<Exercise> exercises;

    @BeforeEach
    void writeCourse() {
        course = FakeCourse.in(root).course();
        exercises = Catalog.read(course);
    }

    private Path generate(List<Exercise> blanked) {
        Path workspace = out.resolve("workspace");
        WorkspaceWriter.write(course, blanked, Map.of("1.1", List.of("demo.GreeterTest#greets")), workspace);
        return workspace;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void blanksTheChosenExerciseAndLeavesTheOthersSolvedWithoutMarkers() throws IOException {
        Path workspace = generate(List.of(exercises.getFirst()));

        String greeter = read(workspace.resolve(FakeCourse.GREETER));
        assertThat(greeter).contains("    // Exercise 1.1\n    /** \"Hello, ada!\" for ada. */\n    static String greet(String name) {\n"
                + "        throw new UnsupportedOperationException(\"Exercise 1.1 (Greet by name) is yours to write: "
                + "read docs/01-demo.md#exercise-11-greet-by-name\");\n    }\n");
        assertThat(greeter).doesNotContain("String greeting").doesNotContain("// Exercise 1.2").contains("+ \"!!!\"");
    }

    @Test
    void replacesTheChapterExcerptOfABlankedBody() throws IOException {
        Path workspace = generate(List.of(exercises.getFirst()));

        assertThat(read(workspace.resolve("docs/01-demo.md")))
                .doesNotContain("String greeting")
                .contains("> **Exercise 1.1 is yours to write**")
                .contains("[Exercise 1.1: Greet by name](#exercise-11-greet-by-name)")
                .contains("### Exercise 1.2: Shout");
    }

    @Test
    void leavesOutHistoryBuildOutputAndTheReferencesTooling() {
        Path workspace = generate(exercises);

        assertThat(workspace.resolve(".git")).doesNotExist();
        assertThat(workspace.resolve("step1-demo/target")).doesNotExist();
        assertThat(workspace.resolve(".ci")).doesNotExist();
        assertThat(workspace.resolve("docs/pom.xml")).doesNotExist();
        assertThat(workspace.resolve("docs/src")).doesNotExist();
        assertThat(workspace.resolve("step1-demo/src/test/java/demo/GreeterTest.java")).exists();
        assertThat(workspace.resolve("mvnw")).exists();
    }

    @Test
    void buildsTheStepsThenTheBoard() throws IOException {
        Path workspace = generate(exercises);

        assertThat(read(workspace.resolve("pom.xml")))
                .contains("<module>step1-demo</module>\n    <module>step2-more</module>\n    <module>classroom</module>")
                .doesNotContain("<module>docs</module>");
        assertThat(read(workspace.resolve(".mvn/maven.config"))).startsWith("--fail-at-end\n")
                .contains("-Djunit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD\n");
        assertThat(read(workspace.resolve("classroom/pom.xml")))
                .contains("<artifactId>library</artifactId>")
                .contains("<phase>test</phase>")
                .doesNotContain("{{");
        assertThat(workspace.resolve("classroom/src/main/java/httpfromscratch/classroom/Board.java")).exists();
    }

    @Test
    void givesTheBoardTheClassroomsLibrariesAndTheStepsListingOneTheyShareOnce() throws IOException {
        Files.writeString(root.resolve("classroom/pom.xml"), """
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>org.example</groupId>
                      <artifactId>library</artifactId>
                    </dependency>
                    <dependency><groupId>org.example</groupId><artifactId>board-only</artifactId></dependency>
                  </dependencies>
                </project>
                """);

        String board = read(generate(exercises).resolve("classroom/pom.xml"));

        assertThat(board).containsOnlyOnce("<artifactId>library</artifactId>").containsOnlyOnce("<artifactId>board-only</artifactId>");
    }

    @Test
    void givesTheWorkspaceAVersionOfItsOwnSoItsInstallNeverReplacesTheReference() throws IOException {
        Path workspace = generate(exercises);

        assertThat(read(workspace.resolve("pom.xml"))).contains("<version>2.0-workspace-SNAPSHOT</version>")
                .doesNotContain("<version>2.0-SNAPSHOT</version>");
        assertThat(read(workspace.resolve("step1-demo/pom.xml"))).contains("<parent><version>2.0-workspace-SNAPSHOT</version>");
        assertThat(read(workspace.resolve("classroom/pom.xml"))).contains("<groupId>org.example.course</groupId>")
                .contains("<artifactId>course</artifactId>").contains("<version>2.0-workspace-SNAPSHOT</version>");
    }

    @Test
    void recordsTheBlankedExercisesAndTheirTests() {
        Path workspace = generate(List.of(exercises.getFirst()));

        ExercisesFile file = ExercisesFile.readFrom(workspace);
        assertThat(file.course()).isEqualTo("Demo course");
        assertThat(file.steps()).extracting(Step::module).containsExactly("step1-demo", "step2-more");
        assertThat(file.exercises()).extracting(Exercise::id).containsExactly("1.1");
        assertThat(file.exercises().getFirst().hints()).containsExactly("Concatenate.");
        assertThat(file.tests()).containsEntry("1.1", List.of("demo.GreeterTest#greets"));
    }

    @Test
    void theBoardSeesWhichBlanksAreStillInTheCode() throws IOException {
        Path workspace = generate(exercises);
        assertThat(Board.blankInSources(workspace, exercises)).containsExactly("1.1", "1.2");

        Path greeter = workspace.resolve(FakeCourse.GREETER);
        Files.writeString(greeter, read(greeter).replaceFirst("throw new UnsupportedOperationException\\(\"Exercise 1.1[^;]*;",
                "return \"Hello, \" + name + \"!\";"));

        assertThat(Board.blankInSources(workspace, exercises)).containsExactly("1.2");
    }

    @Test
    void writesAStudentReadme() throws IOException {
        Path workspace = generate(exercises);

        assertThat(read(workspace.resolve("README.md")))
                .contains("# Demo course: your workspace")
                .contains("Red is the starting state")
                .contains("- [Exercise 1.2: Shout](docs/01-demo.md#exercise-12-shout)")
                .doesNotContain("{{").doesNotContain("The reference");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> WorkspaceWriter.write(course, exercises, Map.of(), out))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("is not empty");
    }

    @Test
    void findsNoLeakInAGeneratedWorkspaceAndFindsOnePastedIn() throws IOException {
        Path workspace = generate(exercises);
        assertThat(WorkspaceCheck.leaks(course, exercises, workspace)).isEmpty();

        Files.writeString(workspace.resolve("docs/02-more.md"), "```java\nString greeting = \"Hello, \" + name + \"!\";\n```\n");
        Files.writeString(workspace.resolve("Greeter.class"), "x");

        assertThat(WorkspaceCheck.leaks(course, exercises, workspace))
                .anySatisfy(leak -> assertThat(leak).startsWith("docs/02-more.md:2 shows a line of the solution of Exercise 1.1"))
                .anySatisfy(leak -> assertThat(leak).startsWith("Greeter.class: compiled code"));
    }
}
