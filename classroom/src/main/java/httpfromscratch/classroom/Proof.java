package httpfromscratch.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code prove}: the two-way proof CI runs on every build.
 *
 * <ol>
 *   <li>The reference passes every test of every step.
 *   <li>Each exercise blanked on its own makes at least one test of its step fail, so no exercise
 *       is already solved by the code around it (and we learn which tests check it).
 *   <li>The workspace with every exercise blanked gives no solution away, compiles (main code and
 *       tests), and its {@code ./mvnw test} shows 0 of N done and points at the first exercise.
 * </ol>
 */
final class Proof {

    private static final Duration WORKSPACE_BUILD_TIMEOUT = Duration.ofMinutes(20);

    private Proof() {
    }

    static void run(Course course) {
        Instant started = Instant.now();
        List<Exercise> exercises = Catalog.read(course);
        if (exercises.isEmpty()) {
            throw new ClassroomException("no exercise is marked: nothing to prove");
        }
        Path dir = course.root().resolve("classroom/target/proof");
        CompileCheck.deleteQuietly(dir);
        ExerciseRuns.Results results = ExerciseRuns.run(course, course.steps(), exercises, dir.resolve("runs"));
        ExerciseRuns.check(results);

        Path workspace = dir.resolve("workspace");
        Generate.write(course, exercises, results, workspace);
        checkCompiles(workspace, dir.resolve("workspace-compile.log"));
        List<String> board = checkBoard(workspace, exercises, dir.resolve("workspace-test.log"));

        report(results, exercises, board, Duration.between(started, Instant.now()));
    }

    private static void checkCompiles(Path workspace, Path log) {
        int exit = Maven.run(workspace, workspace, List.of("-B", "test-compile"), log, WORKSPACE_BUILD_TIMEOUT, line -> { });
        if (exit != 0) {
            throw new ClassroomException("the generated workspace does not compile; the errors:\n"
                    + String.join("\n", Maven.linesMentioning(log, "ERROR", 20)));
        }
    }

    /** Runs the workspace's {@code ./mvnw test} as a student would; returns the board it printed. */
    private static List<String> checkBoard(Path workspace, List<Exercise> exercises, Path log) {
        int exit = Maven.run(workspace, workspace, List.of("-B", "test"), log, WORKSPACE_BUILD_TIMEOUT, line -> { });
        Path progressFile = workspace.resolve("classroom/target/progress.json");
        if (!Files.isRegularFile(progressFile)) {
            throw new ClassroomException("the workspace's ./mvnw test printed no progress board; see " + log);
        }
        Map<String, Object> progress = Json.parseObject(Course.read(progressFile));
        Number done = (Number) progress.get("exercisesDone");
        List<String> board = boardIn(log);
        String next = "Next: Exercise " + exercises.getFirst().id() + ",";
        if (exit == 0 || done.intValue() != 0 || board.stream().noneMatch(line -> line.contains(next))) {
            throw new ClassroomException("a fresh workspace should fail its build, show 0 of " + exercises.size()
                    + " exercises done and point at exercise " + exercises.getFirst().id() + "; it exited with " + exit
                    + " and showed:\n" + String.join("\n", board));
        }
        return board;
    }

    /** The board's lines in a build log: from its first rule of '=' to its last. */
    static List<String> boardIn(Path log) {
        List<String> lines = List.copyOf(Maven.linesMentioning(log, "", Integer.MAX_VALUE));
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("=".repeat(20))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? List.of() : lines.subList(first, last + 1);
    }

    private static void report(ExerciseRuns.Results results, List<Exercise> exercises, List<String> board, Duration took) {
        long referenceTests = results.reference().values().stream().mapToLong(List::size).sum();
        System.out.println();
        System.out.println("Classroom proof: passed");
        System.out.println("  reference: " + results.reference().size() + " steps, " + referenceTests
                + " tests, every one passes");
        System.out.println("  exercises: " + exercises.size() + " of " + exercises.size()
                + " make at least one test fail when blanked alone:");
        for (Exercise exercise : exercises) {
            int failing = results.failing(exercise).size();
            System.out.println(BoardText.dotted("    " + exercise.id() + " " + exercise.title(),
                    failing + (failing == 1 ? " test fails" : " tests fail")));
        }
        System.out.println("  workspace: all " + exercises.size() + " blanked, no solution left in it, main code and"
                + " tests compile; ./mvnw test fails and its board shows:");
        board.forEach(line -> System.out.println("    " + line));
        System.out.println("  took " + took.toMinutes() + " min " + took.toSecondsPart() + " s");
    }
}
