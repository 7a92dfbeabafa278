package httpfromscratch.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classroom/run mutation}: reads each step's PIT report and prints, per module, how many
 * mutants the tests killed, and per exercise method the same with every surviving mutant. A
 * mutant that survives inside an exercise is a wrong solution the tests would accept. Fails when
 * an exercise method is below {@link #EXERCISE_MINIMUM} percent.
 */
final class Mutations {

    /** Below this an exercise's tests let through too many wrong solutions; equivalent mutants need the rest. */
    static final int EXERCISE_MINIMUM = 95;

    private static final String REPORT = "target/pit-reports/mutations.xml";

    private Mutations() {
    }

    static void run(Course course) {
        List<String> tooWeak = new ArrayList<>();
        for (Step step : course.steps()) {
            Path report = step.dir(course.root()).resolve(REPORT);
            if (!Files.isRegularFile(report)) {
                System.out.println(step.module() + ": no mutation report (run ./mvnw -Pmutation verify first)");
                continue;
            }
            List<Mutant> mutants = MutationReport.parse(Course.read(report));
            List<ExerciseMutants> exercises = ExerciseMutants.of(course, step, mutants);
            System.out.print(table(step.module(), mutants, exercises));
            exercises.stream().filter(exercise -> score(exercise.mutants()) < EXERCISE_MINIMUM)
                    .forEach(exercise -> tooWeak.add(exercise.id()));
        }
        if (!tooWeak.isEmpty()) {
            throw new ClassroomException("exercises below " + EXERCISE_MINIMUM + "% of mutants killed: "
                    + String.join(", ", tooWeak));
        }
    }

    /** The module's line, then a line per exercise method with its surviving mutants below it. */
    static String table(String module, List<Mutant> mutants, List<ExerciseMutants> exercises) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-22s %s%n", module, counts(mutants)));
        for (ExerciseMutants exercise : exercises) {
            table.append(String.format("  %-5s %-30s %s%n", exercise.id(), exercise.method(), counts(exercise.mutants())));
            for (Mutant survivor : exercise.mutants().stream().filter(mutant -> !mutant.killed()).toList()) {
                table.append(String.format("        survived: line %d, %s%n", survivor.line(), survivor.description()));
            }
        }
        return table.toString();
    }

    private static String counts(List<Mutant> mutants) {
        long killed = mutants.stream().filter(Mutant::killed).count();
        return String.format("%4d/%-4d killed %3d%%", killed, mutants.size(), score(mutants));
    }

    /** Percent killed, rounded down so that 94.9 % is not shown as 95 %; no mutants at all counts as 100. */
    static int score(List<Mutant> mutants) {
        if (mutants.isEmpty()) {
            return 100;
        }
        return (int) (100 * mutants.stream().filter(Mutant::killed).count() / mutants.size());
    }
}
