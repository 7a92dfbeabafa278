package httpfromscratch.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code grade <workspace> [--out report]}: tests a student's workspace and writes
 * {@code report.json} and {@code report.md}.
 *
 * <p>It grades a copy, never the workspace itself, and puts the course's own tests and build back
 * into that copy first: editing a test or the board does not change a grade. Every step is tested,
 * even after one that fails, so later exercises get credit; a step still counts as done only when
 * every step before it is.
 */
final class Grade {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private Grade() {
    }

    static void run(Course course, Path workspace, Path out) {
        ExercisesFile exercises = ExercisesFile.readFrom(workspace);
        String name = workspace.toAbsolutePath().normalize().getFileName().toString();
        Path copy = course.root().resolve("classroom/target/grading").resolve(name);
        CompileCheck.deleteQuietly(copy);
        copyStudentWork(workspace, copy);
        restoreCourseFiles(course, copy);

        Path log = copy.resolveSibling(name + ".log");
        System.out.println("Grading " + name + " (" + exercises.exercises().size() + " exercises); the build's output goes to " + log);
        Maven.run(copy, copy, List.of("-B", "test", "-Dmaven.test.failure.ignore=true", "-Dclassroom.grading=true"),
                log, TIMEOUT, line -> { });
        Path progress = copy.resolve("classroom/target/progress.json");
        if (!Files.isRegularFile(progress)) {
            throw new ClassroomException("the board did not run for " + name + "; see " + log);
        }
        Map<String, Object> report = Json.parseObject(Course.read(progress));
        report.put("graded", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Course.write(out.resolveSibling(out.getFileName() + ".json"), Json.write(report));
        Course.write(out.resolveSibling(out.getFileName() + ".md"), Course.read(copy.resolve("classroom/target/progress.md")));
        System.out.println(name + ": " + report.get("exercisesDone") + " of " + report.get("exercisesTotal")
                + " exercises done, " + report.get("stepsDone") + " of " + report.get("stepsTotal") + " steps done -> "
                + out + ".json, " + out + ".md");
    }

    /** Everything the student wrote, without build output or history. */
    private static void copyStudentWork(Path workspace, Path copy) {
        for (Path file : WorkspaceWriter.walk(workspace)) {
            String relative = workspace.relativize(file).toString().replace('\\', '/');
            if (!relative.matches("(.*/)?(target|\\.git)/.*")) {
                WorkspaceWriter.copy(file, copy.resolve(relative));
            }
        }
    }

    /** The course's tests for every step and its build, over whatever the copy had. */
    private static void restoreCourseFiles(Course course, Path copy) {
        for (Step step : course.steps()) {
            Path tests = step.dir(course.root()).resolve("src/test");
            Path copied = copy.resolve(step.module()).resolve("src/test");
            CompileCheck.deleteQuietly(copied);
            for (Path file : WorkspaceWriter.walk(tests)) {
                WorkspaceWriter.copy(file, copied.resolve(tests.relativize(file)));
            }
        }
        WorkspaceWriter.writeTooling(course, copy);
    }
}
