package httpfromscratch.docs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the machine that runs the checks offers a transcript: which programs are installed, and
 * whether it is continuous integration. A newcomer's machine often lacks {@code nc}, so there a
 * transcript that needs it is skipped; CI installs every program, so there a missing one is a
 * mistake in CI's setup and fails, and the chapters stay checked.
 */
record Machine(Predicate<String> installed, boolean ci) {

    /** The machine the build runs on: its {@code PATH}, and {@code CI=true} as CI services set it. */
    static Machine current() {
        Map<String, String> environment = System.getenv();
        String path = environment.getOrDefault("PATH", "");
        return new Machine(program -> onPath(program, path), "true".equals(environment.get("CI")));
    }

    boolean lacks(String program) {
        return !installed.test(program);
    }

    private static boolean onPath(String program, String path) {
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
