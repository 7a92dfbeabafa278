package httpfromscratch.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code watch}: runs {@code ./mvnw -q test} in a workspace, then again each time a file under a
 * step's {@code src} changes. The build stops at the first step whose tests fail, so a re-run tests
 * the step you are on (and the ones before it, which pass quickly). It polls once a second: no
 * file-system events, which behave differently on every operating system.
 */
final class Watch {

    private static final long POLL_MILLIS = 1000;
    /** Editors save in several writes; wait for them to finish before building. */
    private static final long SETTLE_MILLIS = 300;

    private Watch() {
    }

    static void run(Path workspace, List<Step> steps) throws IOException, InterruptedException {
        Map<Path, Long> seen = snapshot(workspace, steps);
        while (true) {
            Maven.runInTerminal(workspace, workspace, List.of("-q", "test"));
            System.out.println("Watching the steps' src folders; save a file to test again, Ctrl-C to stop.");
            Map<Path, Long> now;
            do {
                Thread.sleep(POLL_MILLIS);
                now = snapshot(workspace, steps);
            } while (now.equals(seen));
            Thread.sleep(SETTLE_MILLIS);
            seen = snapshot(workspace, steps);
        }
    }

    /** Every source file's modification time: a change, a new file or a deleted one alters it. */
    private static Map<Path, Long> snapshot(Path workspace, List<Step> steps) throws IOException {
        Map<Path, Long> times = new HashMap<>();
        for (Step step : steps) {
            for (Path file : WorkspaceWriter.walk(step.dir(workspace).resolve("src"))) {
                times.put(file, Files.getLastModifiedTime(file).toMillis());
            }
        }
        return times;
    }
}
