package httpfromscratch.classroom;

import java.util.List;

/**
 * What one build tells about a step: its tests ran (with these results), or it did not compile
 * (with the compiler's errors), or it did not run at all.
 */
record StepRun(Kind kind, List<TestResult> results, String compileErrors) {

    enum Kind { TESTED, NOT_COMPILING, NOT_RUN }

    static StepRun tested(List<TestResult> results) {
        return new StepRun(Kind.TESTED, List.copyOf(results), "");
    }

    static StepRun notCompiling(String errors) {
        return new StepRun(Kind.NOT_COMPILING, List.of(), errors);
    }

    static StepRun notRun() {
        return new StepRun(Kind.NOT_RUN, List.of(), "");
    }

    /** Tests ran (or the step has none), and none of them failed. */
    boolean allPassed() {
        return kind == Kind.TESTED && results.stream().allMatch(TestResult::ok);
    }
}
