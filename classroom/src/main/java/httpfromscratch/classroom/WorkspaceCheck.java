package httpfromscratch.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Proves a workspace gives no solution away: no {@code .git} of the reference, no compiled classes
 * or jars, and none of a blanked body's telling lines anywhere in its files (a chapter excerpt, a
 * code block without a {@code from:} comment, a copy in some other file).
 *
 * <p>A telling line is a line of the body at least {@value #TELLING_LENGTH} characters long that
 * appears nowhere else in the reference's Java code: short or common lines ({@code return result;})
 * prove nothing.
 */
final class WorkspaceCheck {

    static final int TELLING_LENGTH = 20;

    private WorkspaceCheck() {
    }

    static List<String> leaks(Course course, List<Exercise> blanked, Path workspace) {
        Map<String, Exercise> telling = tellingLines(course, blanked);
        List<String> problems = new ArrayList<>();
        for (Path file : allFiles(workspace)) {
            String relative = workspace.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(".git/") || relative.contains("/.git/")) {
                problems.add(relative + ": a .git folder would carry the reference's history");
            } else if (relative.endsWith(".class") || relative.endsWith(".jar")) {
                problems.add(relative + ": compiled code would carry the solutions");
            } else {
                problems.addAll(leaksIn(relative, file, telling));
            }
        }
        return problems;
    }

    private static List<String> leaksIn(String relative, Path file, Map<String, Exercise> telling) {
        List<String> problems = new ArrayList<>();
        List<String> lines = textLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Exercise exercise = telling.get(lines.get(i).strip());
            if (exercise != null) {
                problems.add(relative + ":" + (i + 1) + " shows a line of the solution of " + exercise.label() + ": "
                        + lines.get(i).strip());
            }
        }
        return problems;
    }

    /** Each blanked body's telling lines, mapped to its exercise. */
    static Map<String, Exercise> tellingLines(Course course, List<Exercise> blanked) {
        Map<String, Integer> everywhere = new HashMap<>();
        for (Step step : course.steps()) {
            for (Path file : WorkspaceWriter.walk(step.dir(course.root()).resolve("src"))) {
                if (file.toString().endsWith(".java")) {
                    textLines(file).forEach(line -> everywhere.merge(line.strip(), 1, Integer::sum));
                }
            }
        }
        Map<String, Exercise> telling = new HashMap<>();
        for (Exercise exercise : blanked) {
            Map<String, Integer> inBody = new HashMap<>();
            bodyLines(course, exercise).forEach(line -> inBody.merge(line.strip(), 1, Integer::sum));
            inBody.forEach((line, count) -> {
                if (line.length() >= TELLING_LENGTH && everywhere.getOrDefault(line, 0).equals(count)) {
                    telling.put(line, exercise);
                }
            });
        }
        return telling;
    }

    /** The lines strictly between the braces of the exercise's body in the reference. */
    static List<String> bodyLines(Course course, Exercise exercise) {
        JavaText source = new JavaText(Course.read(course.root().resolve(exercise.source())));
        MethodBody body = MethodBody.below(source, exercise.markerLine());
        String inside = source.text().substring(body.open() + 1, body.close());
        return inside.lines().filter(line -> !line.isBlank()).toList();
    }

    private static List<Path> allFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !dir.relativize(file).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines, or none for a file that is not UTF-8 text (an image, say). */
    private static List<String> textLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (MalformedInputException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
