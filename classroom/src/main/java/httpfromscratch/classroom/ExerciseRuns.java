package httpfromscratch.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the tests of the reference and of one copy per exercise in which only that exercise is
 * blanked, all in a single Maven build: the copies are extra modules next to copies of the steps,
 * so each is compiled and tested by Surefire exactly as its step is, with the step's own settings.
 *
 * <pre>
 * classroom/target/exercise-runs/
 *   pom.xml                 the parent pom, listing the modules below
 *   step1-socket/ …         the reference steps
 *   exercise-1.1/ …         step 1 with exercise 1.1 blanked (artifactId step1-socket-exercise-1.1)
 * </pre>
 *
 * The failing tests of {@code exercise-2.1} are the tests that check exercise 2.1.
 */
final class ExerciseRuns {

    /** Two builds side by side: most of the time goes to waiting on sockets and starting JVMs. */
    private static final String THREADS = "2";
    private static final Duration TIMEOUT = Duration.ofMinutes(45);
    /** Maven's "----< io.github.httpfromscratch:exercise-2.1 >----" line that starts each module. */
    private static final Pattern MODULE_START = Pattern.compile("\\[INFO] -+< [^:]+:(\\S+) >-+");

    /**
     * @param reference every reference step's results
     * @param exercises for each exercise, the results of its step's tests with only it blanked
     * @param untested  the steps that compiled but have no tests (yet)
     * @param log       the build's output
     */
    record Results(Map<Step, List<TestResult>> reference, Map<Exercise, List<TestResult>> exercises, Set<Step> untested,
            Path log) {

        /**
         * The tests that fail without {@code exercise}. A failure of a whole test class (JUnit
         * reports one "initializationError" when a class cannot even start) stands for every test
         * of that class in the reference: those are the tests that must pass once it is written.
         */
        List<String> failing(Exercise exercise) {
            List<String> referenceTests = reference.entrySet().stream()
                    .filter(entry -> entry.getKey().number() == exercise.step())
                    .flatMap(entry -> entry.getValue().stream()).map(TestResult::id).toList();
            return exercises.get(exercise).stream().filter(result -> !result.ok())
                    .flatMap(result -> testsMeant(result.id(), referenceTests)).distinct().toList();
        }

        /** The test itself, or, for a failure the reference has no test of that name for, its class's tests. */
        private static Stream<String> testsMeant(String id, List<String> referenceTests) {
            String testClass = id.substring(0, id.indexOf('#') + 1);
            List<String> ofClass = referenceTests.stream().filter(test -> test.startsWith(testClass)).toList();
            return referenceTests.contains(id) || ofClass.isEmpty() ? Stream.of(id) : ofClass.stream();
        }
    }

    private ExerciseRuns() {
    }

    static Results run(Course course, List<Step> steps, List<Exercise> exercises, Path dir) {
        CompileCheck.deleteQuietly(dir);
        steps.forEach(step -> copyTree(step.dir(course.root()), dir.resolve(step.module())));
        exercises.forEach(exercise -> writeExerciseModule(course, exercise, dir.resolve(moduleOf(exercise))));
        List<String> modules = new ArrayList<>(steps.stream().map(Step::module).toList());
        modules.addAll(exercises.stream().map(ExerciseRuns::moduleOf).toList());
        writeParent(course, dir, modules);
        Path log = build(course, dir, steps, exercises);
        return collect(dir, steps, exercises, log);
    }

    /** One Maven build of every module; a failing test never stops it, since failures are what we look for. */
    private static Path build(Course course, Path dir, List<Step> steps, List<Exercise> exercises) {
        Path log = dir.resolve("build.log");
        System.out.println("Testing the reference (steps 1 to " + steps.getLast().number() + ") and "
                + exercises.size() + " copies of a step with one exercise blanked; the build's output goes to " + log);
        List<String> args = new ArrayList<>(List.of("-B", "-T", THREADS, "test", "--fail-at-end",
                "-Dmaven.test.failure.ignore=true"));
        args.addAll(Maven.TEST_GUARDS);
        Maven.run(course.root(), dir, args, log, TIMEOUT, ExerciseRuns::showProgress);
        return log;
    }

    private static Results collect(Path dir, List<Step> steps, List<Exercise> exercises, Path log) {
        Map<Step, List<TestResult>> reference = new LinkedHashMap<>();
        steps.forEach(step -> reference.put(step, results(dir, step.module())));
        Map<Exercise, List<TestResult>> blanked = new LinkedHashMap<>();
        exercises.forEach(exercise -> blanked.put(exercise, results(dir, moduleOf(exercise))));
        Set<Step> untested = steps.stream()
                .filter(step -> reference.get(step).isEmpty() && compiledTests(dir.resolve(step.module())))
                .collect(Collectors.toSet());
        return new Results(reference, blanked, untested, log);
    }

    /** {@code exercise-2.1}: the folder of the copy of step 2 with exercise 2.1 blanked. */
    private static String moduleOf(Exercise exercise) {
        return "exercise-" + exercise.id();
    }

    /** Checks what generating and proving both need: the reference passes, every blank is noticed. */
    static void check(Results results) {
        List<String> problems = new ArrayList<>();
        results.reference().forEach((step, tests) -> {
            if (tests.isEmpty() && !results.untested().contains(step)) {
                problems.add(step.module() + ": no test results; it or a step before it did not compile (see "
                        + results.log() + ")");
            }
            tests.stream().filter(test -> !test.ok())
                    .forEach(test -> problems.add(step.module() + ": the reference fails " + test.shortName()));
        });
        results.exercises().forEach((exercise, tests) -> {
            if (tests.isEmpty()) {
                problems.add(exercise.label() + ": no test results with it blanked; does the blanked copy compile? "
                        + String.join(" | ", Maven.linesMentioning(results.log(), "exercise-" + exercise.id(), 3)));
            } else if (results.failing(exercise).isEmpty()) {
                problems.add(exercise.label() + " is already solved: no test of step " + exercise.step()
                        + " fails when its body (" + exercise.source() + ", method " + exercise.method()
                        + ") is blanked. Add a test that needs it, or choose another method.");
            }
        });
        if (!problems.isEmpty()) {
            List<String> compilerErrors = Maven.linesMatching(results.log(), "\\[ERROR] .*\\.java:\\[\\d+,\\d+].*", 5);
            String errors = compilerErrors.isEmpty() ? ""
                    : "\nThe build's first compiler errors (a step that does not compile stops the ones after it):\n  "
                            + String.join("\n  ", compilerErrors);
            throw new ClassroomException("The exercises cannot be handed out:\n  - " + String.join("\n  - ", problems) + errors);
        }
    }

    /** The module's tests compiled (javac writes no class at all when there are errors), or it has none. */
    private static boolean compiledTests(Path module) {
        return WorkspaceWriter.walk(module.resolve("src/test/java")).isEmpty()
                || WorkspaceWriter.walk(module.resolve("target/test-classes")).stream()
                        .anyMatch(file -> file.toString().endsWith(".class"));
    }

    private static List<TestResult> results(Path dir, String module) {
        return SurefireReports.read(dir.resolve(module).resolve("target/surefire-reports"), Instant.EPOCH);
    }

    /** A copy of the exercise's step, under its own artifactId, with only that exercise blanked. */
    private static void writeExerciseModule(Course course, Exercise exercise, Path module) {
        Step step = course.step(exercise.step());
        copyTree(step.dir(course.root()), module);
        Path pom = module.resolve("pom.xml");
        Course.write(pom, Poms.withArtifactId(Course.read(pom), step.module() + "-exercise-" + exercise.id()));
        Path source = module.resolve(step.dir(course.root()).relativize(course.root().resolve(exercise.source())));
        Course.write(source, Blanker.blank(Course.read(source), List.of(exercise)).text());
    }

    /** The reference's parent pom and {@code .mvn}, with this build's modules. */
    private static void writeParent(Course course, Path dir, List<String> modules) {
        Course.write(dir.resolve("pom.xml"), Poms.withModules(Course.read(course.root().resolve("pom.xml")), modules));
        copyTree(course.root().resolve(".mvn"), dir.resolve(".mvn"));
    }

    /** Copies a directory without its build output. */
    private static void copyTree(Path from, Path to) {
        for (Path file : WorkspaceWriter.walk(from)) {
            Path relative = from.relativize(file);
            if (relative.startsWith("target")) {
                continue;
            }
            try {
                Files.createDirectories(to.resolve(relative).getParent());
                Files.copy(file, to.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Names each module as its build starts, so a proof of several minutes shows it is alive. */
    private static void showProgress(String line) {
        Matcher module = MODULE_START.matcher(line);
        if (module.find()) {
            System.out.println("  building " + module.group(1));
        }
    }
}
