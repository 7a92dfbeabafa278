package httpfromscratch.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a student stands, worked out from one build's results; no I/O here, so the rules are easy
 * to test and read:
 *
 * <ul>
 *   <li>A step is done when all its tests pass and every earlier step is done.
 *   <li>An exercise is done when every test that fails without its code now passes (the proof
 *       records those tests when it blanks that exercise alone).
 *   <li>An exercise whose failing tests can all be put down to other exercises is waiting for them
 *       rather than wrong: a test names the blank it hit ("Exercise 2.2 … is yours to write"), or
 *       the proof saw another exercise still open fail the same test.
 *   <li>The focus is the first step that is not done: its compiler errors if it does not compile,
 *       else its first exercise that is not done, with a failing test, the hints and the chapter.
 * </ul>
 */
record Progress(List<StepStatus> steps, List<ExerciseStatus> exercises) {

    enum StepState { DONE, FAILING, NOT_COMPILING, PASSING_BUT_EARLIER_STEP_NOT_DONE, WAITING, NOT_RUN }

    enum ExerciseState { DONE, NOT_YET, WAITING }

    record StepStatus(Step step, StepState state, StepRun run) {

        long passed() {
            return run.results().stream().filter(TestResult::ok).count();
        }

        int total() {
            return run.results().size();
        }

        List<TestResult> failing() {
            return run.results().stream().filter(result -> !result.ok()).toList();
        }
    }

    /**
     * @param failing    the exercise's tests that fail (or did not run) in this build
     * @param waitingFor the other exercises its failures all point at, when that is the case
     * @param stillBlank its blank is still in the code, or its message showed up in this build: it is
     *                   certainly not written yet
     */
    record ExerciseStatus(Exercise exercise, ExerciseState state, List<TestResult> failing, List<String> waitingFor,
            boolean stillBlank) {

        /** The failure most worth showing: one that names this exercise, else one that names none. */
        Optional<TestResult> telling() {
            Function<TestResult, Integer> rank = result -> {
                Set<String> named = Blanker.exercisesNamedIn(result.message() + "\n" + result.output());
                return named.contains(exercise.id()) ? 0 : named.isEmpty() ? 1 : 2;
            };
            return failing.stream().min(Comparator.comparing(rank));
        }
    }

    /**
     * @param blankInSources the exercises whose blank is still in the workspace's code, as far as
     *                       the caller could tell (the board reads the sources)
     */
    static Progress of(List<Step> steps, List<Exercise> exercises, Map<String, List<String>> testsByExercise,
            Function<Step, StepRun> runs, Set<String> blankInSources) {
        List<StepStatus> stepStatuses = stepStatuses(steps, runs);
        return new Progress(stepStatuses, exerciseStatuses(exercises, testsByExercise, stepStatuses, blankInSources));
    }

    private static List<StepStatus> stepStatuses(List<Step> steps, Function<Step, StepRun> runs) {
        List<StepStatus> statuses = new ArrayList<>();
        boolean earlierDone = true;
        for (Step step : steps) {
            StepRun run = runs.apply(step);
            StepState state = stateOf(run, earlierDone);
            statuses.add(new StepStatus(step, state, run));
            earlierDone &= state == StepState.DONE;
        }
        return List.copyOf(statuses);
    }

    /** First which exercises have failing tests ("open"), then who is to blame for each failure. */
    private static List<ExerciseStatus> exerciseStatuses(List<Exercise> exercises,
            Map<String, List<String>> testsByExercise, List<StepStatus> steps, Set<String> blankInSources) {
        Map<String, List<TestResult>> failing = new HashMap<>();
        for (Exercise exercise : exercises) {
            failing.put(exercise.id(), failingTests(testsByExercise.getOrDefault(exercise.id(), List.of()),
                    runOf(steps, exercise.step())));
        }
        Set<String> open = failing.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> stillBlank = new TreeSet<>(blankInSources);
        stillBlank.addAll(namedByFailures(steps));
        Blame blame = new Blame(open, stillBlank, exercisesOfTest(testsByExercise));
        return exercises.stream()
                .map(exercise -> statusOf(exercise, runOf(steps, exercise.step()), failing.get(exercise.id()), blame))
                .toList();
    }

    /**
     * What this build tells about who is to blame for a failure.
     *
     * @param open            the exercises with at least one failing test
     * @param stillBlank      the exercises whose blank is still in the code, or whose message a failure
     *                        showed: certainly not written
     * @param exercisesOfTest for each test, the exercises that fail it when blanked alone (from the proof)
     */
    private record Blame(Set<String> open, Set<String> stillBlank, Map<String, Set<String>> exercisesOfTest) {
    }

    private static Set<String> namedByFailures(List<StepStatus> steps) {
        Set<String> named = new TreeSet<>();
        for (StepStatus step : steps) {
            for (TestResult result : step.failing()) {
                named.addAll(Blanker.exercisesNamedIn(result.message() + "\n" + result.output()));
            }
        }
        return named;
    }

    private static StepState stateOf(StepRun run, boolean earlierDone) {
        return switch (run.kind()) {
            case TESTED -> !run.allPassed() ? StepState.FAILING
                    : earlierDone ? StepState.DONE : StepState.PASSING_BUT_EARLIER_STEP_NOT_DONE;
            case NOT_COMPILING -> StepState.NOT_COMPILING;
            case NOT_RUN -> earlierDone ? StepState.NOT_RUN : StepState.WAITING;
        };
    }

    private static StepRun runOf(List<StepStatus> steps, int number) {
        return steps.stream().filter(status -> status.step().number() == number).map(StepStatus::run)
                .findFirst().orElse(StepRun.notRun());
    }

    /** The exercise's tests that failed in this run, or did not run although its step did. */
    private static List<TestResult> failingTests(List<String> tests, StepRun run) {
        if (run.kind() != StepRun.Kind.TESTED) {
            return List.of();
        }
        Map<String, TestResult> byId = run.results().stream()
                .collect(Collectors.toMap(TestResult::id, result -> result, (first, second) -> first));
        List<TestResult> failing = new ArrayList<>();
        for (String test : tests.isEmpty() ? List.copyOf(byId.keySet()) : tests) {
            TestResult result = byId.getOrDefault(test,
                    new TestResult(test, TestResult.Outcome.FAILED, "this test did not run", ""));
            if (!result.ok()) {
                failing.add(result);
            }
        }
        return List.copyOf(failing);
    }

    private static ExerciseStatus statusOf(Exercise exercise, StepRun run, List<TestResult> failing, Blame blame) {
        boolean stillBlank = blame.stillBlank().contains(exercise.id());
        if (run.kind() != StepRun.Kind.TESTED) {
            return new ExerciseStatus(exercise, ExerciseState.NOT_YET, List.of(), List.of(), stillBlank);
        }
        if (failing.isEmpty()) {
            return new ExerciseStatus(exercise, ExerciseState.DONE, List.of(), List.of(), false);
        }
        Set<String> others = new TreeSet<>();
        for (TestResult result : failing) {
            Set<String> blamed = othersBlamed(result, exercise.id(), blame);
            if (blamed.isEmpty() || stillBlank) {
                return new ExerciseStatus(exercise, ExerciseState.NOT_YET, failing, List.of(), stillBlank);
            }
            others.addAll(blamed);
        }
        return new ExerciseStatus(exercise, ExerciseState.WAITING, failing, List.copyOf(others), false);
    }

    /**
     * The other exercises a failure of {@code exercise}'s test can be put down to; none if it is
     * this exercise's own. Best evidence: the blanks it names, a blank's message in the failure or
     * in what the test printed ("Exercise 2.2 (…) is yours to write"). Else, the other exercises
     * still open whose blank alone made this test fail in the proof, those known to be blank first.
     */
    private static Set<String> othersBlamed(TestResult result, String exercise, Blame blame) {
        Set<String> named = Blanker.exercisesNamedIn(result.message() + "\n" + result.output());
        if (!named.isEmpty()) {
            return named.contains(exercise) ? Set.of() : named;
        }
        Set<String> suspects = new TreeSet<>(blame.exercisesOfTest().getOrDefault(result.id(), Set.of()));
        suspects.retainAll(blame.open());
        suspects.remove(exercise);
        Set<String> blank = new TreeSet<>(suspects);
        blank.retainAll(blame.stillBlank());
        return blank.isEmpty() ? suspects : blank;
    }

    /** For each test, the exercises that fail it when blanked alone. */
    private static Map<String, Set<String>> exercisesOfTest(Map<String, List<String>> testsByExercise) {
        Map<String, Set<String>> exercises = new HashMap<>();
        testsByExercise.forEach((exercise, tests) ->
                tests.forEach(test -> exercises.computeIfAbsent(test, key -> new TreeSet<>()).add(exercise)));
        return exercises;
    }

    long exercisesDone() {
        return exercises.stream().filter(status -> status.state() == ExerciseState.DONE).count();
    }

    long stepsDone() {
        return steps.stream().filter(status -> status.state() == StepState.DONE).count();
    }

    boolean allDone() {
        return stepsDone() == steps.size();
    }

    /** The first step that is not done, if any. */
    Optional<StepStatus> currentStep() {
        return steps.stream().filter(status -> status.state() != StepState.DONE).findFirst();
    }

    /**
     * In the current step, if its tests ran: the first exercise not done, preferring one that is not
     * just waiting, then one that is certainly still blank. (A step that does not compile has its
     * compiler errors to fix first.)
     */
    Optional<ExerciseStatus> currentExercise() {
        return currentStep().filter(current -> current.state() == StepState.FAILING).flatMap(current -> {
            List<ExerciseStatus> open = exercisesOf(current.step()).stream()
                    .filter(status -> status.state() != ExerciseState.DONE).toList();
            return open.stream().filter(status -> status.state() == ExerciseState.NOT_YET).findFirst()
                    .or(() -> open.stream().filter(ExerciseStatus::stillBlank).findFirst())
                    .or(() -> open.stream().findFirst());
        });
    }

    List<ExerciseStatus> exercisesOf(Step step) {
        return exercises.stream().filter(status -> status.exercise().step() == step.number()).toList();
    }
}
