package httpfromscratch.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs last in a workspace's {@code ./mvnw test}: reads this build's test reports of every step,
 * works out the progress, prints the board and writes it to {@code classroom/target/progress.json}
 * and {@code progress.md}.
 *
 * <p>The build stops testing at the first step whose tests fail (later steps depend on it, and
 * Maven skips them), so normally only the steps up to the current one have results. When grading,
 * every step is tested whatever happened before it.
 */
final class Board {

    private Board() {
    }

    /**
     * @param root         the workspace
     * @param buildStarted when this build started: older reports belong to an earlier build
     * @param everyStep    true when grading: look for compiler errors in every step without results
     */
    static Progress show(Path root, Instant buildStarted, boolean everyStep) {
        ExercisesFile file = ExercisesFile.readFrom(root);
        Map<Integer, StepRun> runs = runs(root, file.steps(), buildStarted, everyStep);
        Progress progress = Progress.of(file.steps(), file.exercises(), file.tests(), step -> runs.get(step.number()),
                blankInSources(root, file.exercises()));
        System.out.print(BoardText.render(file.course(), progress));
        String name = root.toAbsolutePath().normalize().getFileName().toString();
        Course.write(root.resolve("classroom/target/progress.json"), Json.write(ProgressReport.json(name, progress)));
        Course.write(root.resolve("classroom/target/progress.md"), ProgressReport.markdown(name, progress));
        return progress;
    }

    /**
     * Each step's results from this build. A step without any is compiled again to tell "does not
     * compile" from "did not run", but only where that matters: when every step before it passed.
     */
    private static Map<Integer, StepRun> runs(Path root, List<Step> steps, Instant buildStarted, boolean everyStep) {
        Map<Integer, StepRun> runs = new HashMap<>();
        List<Step> earlier = new ArrayList<>();
        boolean earlierPassed = true;
        for (Step step : steps) {
            List<TestResult> results = SurefireReports.read(step.dir(root).resolve("target/surefire-reports"), buildStarted);
            StepRun run;
            if (!results.isEmpty()) {
                run = StepRun.tested(results);
            } else if (WorkspaceWriter.walk(step.testSources(root)).isEmpty()) {
                // A step without tests has nothing to pass, once the steps before it pass.
                run = earlierPassed ? StepRun.tested(results) : StepRun.notRun();
            } else if (earlierPassed || everyStep) {
                String errors = CompileCheck.errors(root, step, earlier);
                run = errors.isEmpty() ? StepRun.notRun() : StepRun.notCompiling(errors);
            } else {
                run = StepRun.notRun();
            }
            runs.put(step.number(), run);
            earlierPassed &= run.allPassed();
            earlier.add(step);
        }
        return runs;
    }

    /** The exercises whose method still throws the blank's "is yours to write": nobody has started them. */
    static Set<String> blankInSources(Path root, List<Exercise> exercises) {
        Set<String> blank = new TreeSet<>();
        for (String source : exercises.stream().map(Exercise::source).distinct().toList()) {
            Path file = root.resolve(source);
            if (Files.isRegularFile(file)) {
                blank.addAll(Blanker.exercisesNamedIn(Course.read(file)));
            }
        }
        return blank;
    }
}
