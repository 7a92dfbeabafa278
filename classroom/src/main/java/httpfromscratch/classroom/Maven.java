package httpfromscratch.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a Maven build in a child process through a project's own {@code ./mvnw}, on the JDK this
 * program runs on (it is 21 or newer, or we would not be running).
 */
final class Maven {

    /**
     * Every build of blanked or student code gets these. A test stuck in a loop that ignores
     * interrupts (a beginner's {@code while} without an end) fails at its timeout instead of
     * hanging the build, and a test JVM that still runs after ten minutes is stopped.
     */
    static final List<String> TEST_GUARDS = List.of(
            "-Djunit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD",
            "-Dsurefire.timeout=600");

    private Maven() {
    }

    /**
     * Runs {@code mvnw args} in {@code dir}, writes everything it prints to {@code log} and hands
     * each line to {@code progress} as well. Returns the exit code.
     */
    static int run(Path wrapper, Path dir, List<String> args, Path log, Duration timeout, Consumer<String> progress) {
        ProcessBuilder builder = command(wrapper, dir, args).redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            Thread reader = Thread.ofPlatform().daemon().start(() -> copyLines(process, log, progress));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ClassroomException("the build in " + dir + " took longer than " + timeout.toMinutes()
                        + " minutes and was stopped; see " + log);
            }
            reader.join();
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClassroomException("interrupted while waiting for the build in " + dir);
        }
    }

    /** Runs {@code mvnw args} in {@code dir} with its output on this terminal; returns the exit code. */
    static int runInTerminal(Path wrapper, Path dir, List<String> args) throws IOException, InterruptedException {
        return command(wrapper, dir, args).inheritIO().start().waitFor();
    }

    private static ProcessBuilder command(Path wrapper, Path dir, List<String> args) {
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>();
        command.add(wrapper.resolve(windows ? "mvnw.cmd" : "mvnw").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static void copyLines(Process process, Path log, Consumer<String> progress) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                progress.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code count} lines of a log that match {@code regex} as a whole. */
    static List<String> linesMatching(Path log, String regex, int count) {
        try {
            return Files.readAllLines(log).stream().filter(line -> line.matches(regex)).limit(count).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The last {@code count} lines of a log that mention {@code text}: what to show when a build went wrong. */
    static List<String> linesMentioning(Path log, String text, int count) {
        try {
            List<String> matching = Files.readAllLines(log).stream().filter(line -> line.contains(text)).toList();
            return matching.subList(Math.max(0, matching.size() - count), matching.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
