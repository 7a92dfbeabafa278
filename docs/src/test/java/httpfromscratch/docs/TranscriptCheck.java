package httpfromscratch.docs;

import static org.junit.jupiter.api.Assumptions.abort;

import httpfromscratch.docs.Markdown.Directive;
import httpfromscratch.docs.Markdown.Fence;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a "try it" block: starts the step's server (see {@link StepServer}), runs each
 * {@code $ command} with bash, as a reader would paste it, and compares what the command prints
 * with the lines below it (see {@link ExpectedOutput}). The commands of one block share one server,
 * in order, so a resource created by one command is there for the next.
 *
 * <p>Commands say {@code localhost:8080}; they run against the server's real port, and the real
 * port is written back as 8080 in what they print. Only standard output is compared: curl's
 * progress meter and {@code -v} lines go to standard error.
 */
final class TranscriptCheck {

    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    /** A {@code $ } line (with its {@code \} continuation lines) and the output expected below it. */
    record Command(int line, String text, List<String> expected) {
    }

    /** What a command did: its standard output and error, and its exit status. */
    record Result(String stdout, String stderr, int status) {
    }

    private static final Set<String> BLOCK_LANGUAGES = Set.of("console", "text");
    /** Words of the shell itself: never a program that could be missing. */
    private static final Set<String> SHELL_BUILTINS = Set.of("printf", "echo", "cd", "true", "false", "test",
            "for", "do", "done", "while", "until", "if", "then", "else", "fi", "export", "read", "wait", "kill");
    private static final Pattern PORT_8080 = Pattern.compile("\\b(localhost|127\\.0\\.0\\.1)([: ])8080\\b");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern PROGRAM = Pattern.compile("(?:^|[|;&(]\\s*)(?:\\w+=\\S*\\s+)*([A-Za-z_][\\w.+-]*+)(?!=)");
    private static final List<String> PROXY_VARIABLES =
            List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY");

    private TranscriptCheck() {
    }

    static void check(Repository repository, Markdown chapter, Directive tryIt) throws IOException {
        check(repository, chapter, tryIt, Machine.current());
    }

    static void check(Repository repository, Markdown chapter, Directive tryIt, Machine machine) throws IOException {
        String where = chapter.at(tryIt.line());
        Fence block = tryIt.fence().orElseThrow(() -> new AssertionError(
                where + ": <!-- try: " + tryIt.argument() + " --> must be directly above a ```console block"));
        List<String> words = List.of(tryIt.argument().split("\\s+"));
        String step = words.getFirst();
        if (step.isEmpty()) {
            throw new AssertionError(where + ": <!-- try: --> names no step, as in <!-- try: step3-router -->");
        }
        List<Command> commands = commands(chapter, block);
        requireInstalled(programs(commands), machine, where + " (try: " + tryIt.argument() + ")");

        try (StepServer server = start(repository, step, words.subList(1, words.size()), where)) {
            for (Command command : commands) {
                Result result = run(command.text(), server.port(), repository.root());
                List<String> actual = ExpectedOutput.lines(result.stdout());
                if (!ExpectedOutput.matches(command.expected(), actual)) {
                    throw new AssertionError(chapter.at(command.line()) + ": this command printed something else\n"
                            + "$ " + command.text() + "\n"
                            + ExpectedOutput.diff(command.expected(), actual)
                            + (result.status() == 0 ? "" : "exit status " + result.status() + ", standard error:\n"
                                    + result.stderr().strip() + "\n")
                            + step + " printed:\n" + server.output());
                }
            }
        }
    }

    /**
     * Checks, before the server starts, that the machine has every program the block runs. A block
     * is checked whole or not at all: with its {@code nc} line left out, the next line would be
     * compared against a server that never saw the slow client, and report the wrong thing.
     * Without a program, the block is skipped with one line that says why; on CI it fails.
     */
    private static void requireInstalled(Set<String> programs, Machine machine, String block) {
        List<String> missing = programs.stream().filter(machine::lacks).toList();
        if (missing.isEmpty()) {
            return;
        }
        String needs = block + " needs " + String.join(" and ", missing)
                + (missing.size() == 1 ? ", which is not installed" : ", which are not installed");
        if (machine.ci()) {
            throw new AssertionError(needs + ". CI must install every program a transcript runs (see .ci/run).");
        }
        System.out.println("Transcript skipped: " + needs + ".");
        abort("skipped: " + needs);
    }

    private static StepServer start(Repository repository, String step, List<String> args, String where)
            throws IOException {
        try {
            return StepServer.start(repository, step, args);
        } catch (AssertionError e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
    }

    /** Reads the block: each {@code $ } line starts a command, the lines up to the next are its output. */
    static List<Command> commands(Markdown chapter, Fence block) {
        String language = block.info().split("\\s+")[0];
        if (!BLOCK_LANGUAGES.contains(language)) {
            throw new AssertionError(chapter.at(block.line())
                    + ": a try: block is a ```console or ```text block, not ```" + language);
        }
        List<Command> commands = new ArrayList<>();
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            int line = block.lineOf(i);
            if (!lines.get(i).startsWith("$ ")) {
                throw new AssertionError(chapter.at(line) + ": expected a command line starting with \"$ \"");
            }
            StringBuilder text = new StringBuilder(lines.get(i).substring(2));
            while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
                text.append('\n').append(lines.get(++i));
            }
            List<String> expected = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                expected.add(lines.get(++i));
            }
            commands.add(new Command(line, text.toString(), ExpectedOutput.lines(String.join("\n", expected))));
        }
        if (commands.isEmpty()) {
            throw new AssertionError(chapter.at(block.line()) + ": the try: block has no \"$ \" command");
        }
        return commands;
    }

    /** Runs the command with bash, against {@code port} instead of 8080; fails if it takes too long. */
    static Result run(String command, int port, Path directory) throws IOException {
        Path scratch = Files.createTempDirectory("transcript");
        try {
            Path stdout = scratch.resolve("stdout");
            Path stderr = scratch.resolve("stderr");
            String withPort = PORT_8080.matcher(command).replaceAll("$1$2" + port);
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", withPort)
                    .directory(directory.toFile())
                    .redirectInput(Files.createFile(scratch.resolve("stdin")).toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            Map<String, String> environment = builder.environment();
            PROXY_VARIABLES.forEach(environment::remove); // talk to our server, not through a proxy
            for (String home : List.of("HOME", "CURL_HOME", "XDG_CONFIG_HOME")) {
                environment.put(home, scratch.toString()); // so no ~/.curlrc changes what curl prints
            }
            // "java" in a command is the JDK running this build (21 or newer), whatever the default java is.
            Path javaBin = Path.of(System.getProperty("java.home"), "bin");
            environment.put("PATH", javaBin + File.pathSeparator + environment.getOrDefault("PATH", ""));
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("$ " + command + "\ndid not finish within " + COMMAND_TIMEOUT.toSeconds()
                        + " s (does the server keep the connection open? send Connection: close)");
            }
            String output = Files.readString(stdout, StandardCharsets.UTF_8);
            return new Result(output.replace("localhost:" + port, "localhost:8080").replace("127.0.0.1:" + port, "127.0.0.1:8080"),
                    Files.readString(stderr, StandardCharsets.UTF_8), process.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running: " + command, e);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Every program the block runs, in order of appearance: bash, which runs them, first. */
    static Set<String> programs(List<Command> commands) {
        Set<String> programs = new LinkedHashSet<>();
        programs.add("bash");
        commands.forEach(command -> programs.addAll(programs(command.text())));
        return programs;
    }

    /** The programs one command runs: the first word of each part of a pipe or list, outside quotes. */
    static Set<String> programs(String command) {
        Set<String> programs = new LinkedHashSet<>();
        Matcher program = PROGRAM.matcher(QUOTED.matcher(command).replaceAll("''"));
        while (program.find()) {
            String name = program.group(1);
            if (!SHELL_BUILTINS.contains(name)) {
                programs.add(name);
            }
        }
        return programs;
    }
}
