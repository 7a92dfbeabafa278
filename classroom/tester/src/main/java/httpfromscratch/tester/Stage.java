package httpfromscratch.tester;

import java.io.IOException;

/**
 * One thing a server of a step does, checked from outside.
 *
 * @param id     {@code 3.2}: the step, then the stage's number within it
 * @param name   a few words
 * @param checks what it checks, in one sentence; says so where the behaviour is a choice of this course
 * @param read   the chapter section that teaches it, as a link from the repository's root
 * @param test   sends requests and throws a {@link StageFailure} at the first thing that is wrong
 */
record Stage(String id, String name, String checks, String read, Test test) {

    @FunctionalInterface
    interface Test {
        void run(Probe probe) throws IOException;
    }

    int step() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
}
