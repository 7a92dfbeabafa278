package httpfromscratch.classroom;

import httpfromscratch.classroom.Progress.ExerciseState;
import httpfromscratch.classroom.Progress.ExerciseStatus;
import httpfromscratch.classroom.Progress.StepStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The progress board as the student sees it after {@code ./mvnw test}: every step and exercise,
 * done or not yet, and for the first one not done, what failed, the hints and where to read.
 * Plain ASCII, so every terminal shows it the same way.
 */
final class BoardText {

    private static final int WIDTH = 78;
    private static final int MESSAGE_LINES = 8;
    private static final String RULE = "=".repeat(WIDTH);
    private static final String THIN_RULE = "-".repeat(WIDTH);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^]]+)]\\(([^)\\s]+)\\)");

    private BoardText() {
    }

    static String render(String course, Progress progress) {
        List<String> out = new ArrayList<>();
        out.add(RULE);
        out.add("  " + course + ": " + progress.exercisesDone() + " of " + progress.exercises().size()
                + " exercises done, " + progress.stepsDone() + " of " + progress.steps().size() + " steps done");
        out.add(RULE);
        ExerciseStatus current = progress.currentExercise().orElse(null);
        for (StepStatus step : progress.steps()) {
            out.add(dotted("  " + step.step().name(), stepState(step, progress)));
            for (ExerciseStatus exercise : progress.exercisesOf(step.step())) {
                out.add(exerciseLine(exercise, exercise == current));
            }
        }
        out.add(THIN_RULE);
        out.addAll(next(progress));
        out.add(RULE);
        return String.join("\n", out) + "\n";
    }

    static String stepState(StepStatus step, Progress progress) {
        return switch (step.state()) {
            case DONE -> step.total() == 0 ? "done (no tests)" : "done (" + step.total() + " tests pass)";
            case FAILING -> "not yet: " + step.passed() + " of " + step.total() + " tests pass";
            case NOT_COMPILING -> "does not compile";
            case PASSING_BUT_EARLIER_STEP_NOT_DONE -> "tests pass; finish step " + firstOpenStep(progress) + " first";
            case WAITING -> "waiting for step " + firstOpenStep(progress);
            case NOT_RUN -> "not tested in this build";
        };
    }

    private static String exerciseLine(ExerciseStatus status, boolean current) {
        String mark = switch (status.state()) {
            case DONE -> "[x]";
            case NOT_YET -> "[ ]";
            case WAITING -> "[~]";
        };
        String line = "    " + mark + " " + status.exercise().id() + "  " + status.exercise().title();
        if (status.state() == ExerciseState.WAITING) {
            line += "  (needs " + String.join(", ", status.waitingFor()) + ")";
        }
        return current ? padded(line, WIDTH - 8) + "<- next" : line;
    }

    /** What to do now: compiler errors, or the next exercise with its failure, hints and chapter. */
    private static List<String> next(Progress progress) {
        List<String> out = new ArrayList<>();
        StepStatus step = progress.currentStep().orElse(null);
        if (step == null) {
            out.add("  All done: every step's tests pass. Well done!");
            return out;
        }
        switch (step.state()) {
            case NOT_COMPILING -> {
                out.add("  Next: make " + step.step().module() + " compile again. The compiler says:");
                out.add("");
                step.run().compileErrors().lines().forEach(line -> out.add("    " + line));
            }
            case NOT_RUN -> out.add("  " + step.step().module() + " was not tested in this build: run ./mvnw test"
                    + " in the workspace's top folder.");
            default -> out.addAll(progress.currentExercise().map(BoardText::exercise).orElseGet(() -> failingTest(step)));
        }
        return out;
    }

    private static List<String> exercise(ExerciseStatus status) {
        Exercise exercise = status.exercise();
        List<String> out = new ArrayList<>();
        out.add("  Next: Exercise " + exercise.id() + ", " + exercise.title());
        out.add("  in " + exercise.source() + " (method " + exercise.method() + ")");
        if (status.state() == ExerciseState.WAITING) {
            out.add("  Its tests also need exercise " + String.join(", ", status.waitingFor()) + ".");
        }
        status.telling().ifPresent(failure -> {
            out.add("");
            out.addAll(failure(failure, status.failing().size() - 1));
        });
        out.add("");
        out.addAll(wrapped("  Task: ", plain(exercise.task(), exercise.chapter())));
        for (String hint : exercise.hints()) {
            out.addAll(wrapped("  Hint: ", plain(hint, exercise.chapter())));
        }
        out.add("  Read: " + exercise.link());
        return out;
    }

    /** A step whose exercises are all done still fails a test: show that test. */
    private static List<String> failingTest(StepStatus step) {
        List<String> out = new ArrayList<>();
        out.add("  Next: " + step.step().module() + " still fails " + step.failing().size() + " test(s).");
        step.failing().stream().findFirst().ifPresent(failure -> {
            out.add("");
            out.addAll(failure(failure, step.failing().size() - 1));
        });
        step.step().chapter().ifPresent(chapter -> out.add("  Read: " + chapter));
        return out;
    }

    private static List<String> failure(TestResult failure, int others) {
        List<String> out = new ArrayList<>();
        out.add("  Failing: " + failure.shortName() + (others > 0 ? "  (and " + others + " more)" : ""));
        List<String> lines = failure.message().strip().lines()
                .flatMap(line -> line.length() <= WIDTH - 4 ? Stream.of(line) : wrapped("", line.strip(), WIDTH - 4).stream())
                .toList();
        for (String line : lines.subList(0, Math.min(lines.size(), MESSAGE_LINES))) {
            out.add("    " + line);
        }
        if (lines.size() > MESSAGE_LINES) {
            out.add("    ... (" + (lines.size() - MESSAGE_LINES) + " more lines in the test output above)");
        }
        return out;
    }

    /**
     * Markdown links made readable in a terminal: {@code [Binding](#binding)} becomes
     * {@code Binding (docs/01-tcp-socket.md#binding)}, a path the student can open.
     */
    static String plain(String markdown, String chapter) {
        return MARKDOWN_LINK.matcher(markdown).replaceAll(link -> {
            String target = link.group(2);
            String resolved = target.startsWith("#") ? chapter + target
                    : target.contains("://") ? target
                    : Path.of(chapter).resolveSibling(target).normalize().toString().replace('\\', '/');
            return Matcher.quoteReplacement(link.group(1) + " (" + resolved + ")");
        });
    }

    private static int firstOpenStep(Progress progress) {
        return progress.currentStep().map(status -> status.step().number()).orElse(0);
    }

    /** "  Step 1: a TCP server ........ done": a name, dots, and a state at the right. */
    static String dotted(String left, String right) {
        int dots = WIDTH - left.length() - right.length() - 2;
        return dots < 3 ? left + "  " + right : left + " " + ".".repeat(dots) + " " + right;
    }

    private static String padded(String text, int width) {
        return text.length() >= width ? text + "  " : text + " ".repeat(width - text.length());
    }

    /** Word-wraps {@code text} after {@code label}; continuation lines line up under the text. */
    static List<String> wrapped(String label, String text) {
        return wrapped(label, text, WIDTH);
    }

    /** The same within {@code width} columns; a word longer than a line (a path, say) gets a line of its own. */
    static List<String> wrapped(String label, String text, int width) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(label.length());
        StringBuilder line = new StringBuilder(label);
        for (String word : text.split("\\s+")) {
            if (line.length() > label.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > label.length() ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
