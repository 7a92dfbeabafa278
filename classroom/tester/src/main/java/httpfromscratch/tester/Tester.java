package httpfromscratch.tester;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * {@code classroom/run check --step N --port P}: tests a server that is already running against the
 * stages of steps 1 to N, in order, over HTTP on loopback. It knows nothing of the server's code,
 * so it tests a server written in any language. It stops at the first stage that fails: later
 * stages build on it.
 */
public final class Tester {

    private Tester() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        List<Outcome> outcomes = run(options, System.out);
        System.exit(outcomes.stream().allMatch(outcome -> outcome.result() == Outcome.Result.PASSED) ? 0 : 1);
    }

    /** Runs the stages and prints a line for each, then the failure, if there is one. */
    static List<Outcome> run(Options options, PrintStream out) {
        out.println("Testing " + options.host() + ":" + options.port() + " against "
                + (options.step() == 1 ? "step 1" : "steps 1 to " + options.step())
                + " (seed " + options.seed() + "; replay with --seed " + options.seed() + ")");
        out.println();
        List<Outcome> outcomes = stages(options, outcome -> out.println(Report.line(outcome)));
        outcomes.stream().flatMap(outcome -> outcome.failure().map(failure -> Report.failure(outcome.stage(), failure)).stream())
                .forEach(text -> out.println("\n" + text));
        long passed = outcomes.stream().filter(outcome -> outcome.result() == Outcome.Result.PASSED).count();
        out.println();
        out.println(passed == outcomes.size()
                ? "All " + passed + " stages passed."
                : passed + " of " + outcomes.size() + " stages passed.");
        return outcomes;
    }

    /** Runs the stages, without printing: what the tests look at. */
    static List<Outcome> stages(Options options) {
        return stages(options, outcome -> { });
    }

    /** Runs the stages, telling {@code each} how each went as soon as it is known. */
    static List<Outcome> stages(Options options, Consumer<Outcome> each) {
        Probe probe = new Probe(options, new Random(options.seed()));
        List<Outcome> outcomes = new ArrayList<>();
        boolean failed = false;
        for (Stage stage : Stages.upTo(options)) {
            if (failed) {
                outcomes.add(Outcome.notRun(stage));
                each.accept(outcomes.getLast());
                continue;
            }
            Outcome outcome = runOne(stage, probe);
            failed = outcome.result() == Outcome.Result.FAILED;
            outcomes.add(outcome);
            each.accept(outcome);
        }
        return outcomes;
    }

    private static Outcome runOne(Stage stage, Probe probe) {
        try {
            stage.test().run(probe);
            return Outcome.passed(stage);
        } catch (StageFailure failure) {
            return Outcome.failed(stage, failure);
        } catch (IOException | UncheckedIOException e) {
            return Outcome.failed(stage, new StageFailure("the connection failed: " + e, "a server that keeps answering",
                    "a bad request must never end the server: answer it, close that one connection, accept the next",
                    null, -1));
        }
    }
}
