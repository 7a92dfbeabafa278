package httpfromscratch.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step's server, running in a child JVM the way a reader runs it: its {@code main}, on a free
 * port ({@code --port 0}), in the step's folder. The port is read from the banner every step's
 * {@code main} prints first ("… listening on http://127.0.0.1:PORT/").
 */
final class StepServer implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern MAIN_CLASS =
            Pattern.compile("<main\\.class>\\s*([\\w.$]+)\\s*</main\\.class>");
    private static final Pattern PORT = Pattern.compile("(?:localhost|127\\.0\\.0\\.1|\\[::1\\]):(\\d+)");
    private static final int KEPT_OUTPUT_LINES = 40;

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private StepServer(Process process) {
        this.process = process;
    }

    /** Starts {@code step}'s main with {@code --port 0} and {@code extraArgs}; returns once it listens. */
    static StepServer start(Repository repository, String step, List<String> extraArgs) throws IOException {
        String mainClass = mainClass(repository, step);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", // a short-lived server: start fast rather than run fast
                "-cp", System.getProperty("java.class.path"), // ours: it holds every step docs depends on
                mainClass, "--port", "0"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repository.root().resolve(step).toFile())
                .redirectErrorStream(true);
        builder.environment().remove("PORT");
        StepServer server = new StepServer(builder.start());
        server.process.getOutputStream().close();
        Thread.ofPlatform().daemon().name(step + "-output").start(server::readOutput);
        try {
            server.port.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return server;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            server.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e instanceof ExecutionException ? e.getCause().getMessage()
                    : "it printed no \"listening on …:PORT\" line within " + START_TIMEOUT.toSeconds() + " s";
            throw new AssertionError(step + " (" + String.join(" ", command.subList(4, command.size()))
                    + ") did not start: " + why + "; its output:\n" + server.output());
        }
    }

    /** The {@code <main.class>} property of the step's pom.xml, checked to be on our classpath. */
    static String mainClass(Repository repository, String step) throws IOException {
        Path pom = repository.root().resolve(step).resolve("pom.xml");
        if (step.isBlank() || !Files.isRegularFile(pom)) {
            throw new AssertionError("there is no module '" + step + "' (no " + repository.relative(pom) + ")");
        }
        Matcher property = MAIN_CLASS.matcher(Files.readString(pom));
        if (!property.find()) {
            throw new AssertionError(step + "/pom.xml sets no <main.class> property");
        }
        String mainClass = property.group(1);
        try {
            Class.forName(mainClass, false, StepServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(mainClass + " (" + step + "'s main class) is not on the docs module's"
                    + " classpath: add a test-scoped dependency on " + step + " to docs/pom.xml");
        }
        return mainClass;
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                Matcher matcher = PORT.matcher(line);
                if (!port.isDone() && matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone; whatever it printed is in output
        }
        if (!port.isDone()) {
            String exit = "it exited with " + exitValue() + " before printing its address";
            port.completeExceptionally(new IOException(exit));
        }
    }

    private synchronized void remember(String line) {
        output.add(line);
        if (output.size() > KEPT_OUTPUT_LINES) {
            output.removeFirst();
        }
    }

    /** The last lines the server printed (its banner, and a log if it keeps one). */
    synchronized String output() {
        return output.isEmpty() ? "  (nothing)" : "  " + String.join("\n  ", output);
    }

    int port() {
        return port.join();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private String exitValue() {
        try {
            return "status " + process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "an unknown status";
        }
    }

    /** Asks the server to stop (its shutdown hook closes the socket), then insists. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
