package httpfromscratch.tester;

import java.util.Optional;

/** A stage and how it went: passed, failed (with why), or not run because an earlier one failed. */
record Outcome(Stage stage, Result result, Optional<StageFailure> failure) {

    enum Result { PASSED, FAILED, NOT_RUN }

    static Outcome passed(Stage stage) {
        return new Outcome(stage, Result.PASSED, Optional.empty());
    }

    static Outcome failed(Stage stage, StageFailure failure) {
        return new Outcome(stage, Result.FAILED, Optional.of(failure));
    }

    static Outcome notRun(Stage stage) {
        return new Outcome(stage, Result.NOT_RUN, Optional.empty());
    }
}
