package httpfromscratch.classroom;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate <folder> [--from-step N] [--only 2.1,3.2]}: checks the chosen exercises (the
 * reference passes, each blank alone fails a test, recording which) and writes the workspace.
 */
final class Generate {

    private Generate() {
    }

    static Path run(Course course, Path out, int fromStep, Set<String> only) {
        WorkspaceWriter.checkEmpty(out);
        List<Exercise> selected = Catalog.select(Catalog.read(course), fromStep, only);
        int lastStep = selected.stream().mapToInt(Exercise::step).max().orElseThrow();
        List<Step> steps = course.steps().stream().filter(step -> step.number() <= lastStep).toList();
        ExerciseRuns.Results results = ExerciseRuns.run(course, steps, selected,
                course.root().resolve("classroom/target/exercise-runs"));
        ExerciseRuns.check(results);
        write(course, selected, results, out);
        System.out.println();
        System.out.println("Wrote a workspace with " + selected.size() + " exercises to " + out.toAbsolutePath().normalize());
        System.out.println("  blanked: " + String.join(", ", selected.stream().map(Exercise::id).toList()));
        System.out.println("  try it:  cd " + out + " && ./mvnw test   (red is the starting state)");
        System.out.println("  hand it out: push that folder to a new repository (git init there) and share it as a template.");
        return out;
    }

    /** Writes the workspace and checks that nothing of the blanked bodies went along. */
    static void write(Course course, List<Exercise> selected, ExerciseRuns.Results results, Path out) {
        Map<String, List<String>> tests = new LinkedHashMap<>();
        selected.forEach(exercise -> tests.put(exercise.id(), results.failing(exercise)));
        WorkspaceWriter.write(course, selected, tests, out);
        List<String> leaks = WorkspaceCheck.leaks(course, selected, out);
        if (!leaks.isEmpty()) {
            throw new ClassroomException("The workspace in " + out + " would give solutions away; fix the chapters"
                    + " (show code with a <!-- from: --> excerpt, which a workspace replaces) and generate again:\n  - "
                    + String.join("\n  - ", leaks));
        }
    }
}
