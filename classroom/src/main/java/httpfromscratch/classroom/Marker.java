package httpfromscratch.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A line {@code // Exercise 2.1} directly above a method: the method's body is exercise 2.1.
 *
 * @param id   {@code 2.1}
 * @param file the source file, from the repository root
 * @param line the marker's 1-based line number
 */
record Marker(String id, String file, int line) {

    private static final Pattern MARKER = Pattern.compile("[ \\t]*// Exercise (\\d+\\.\\d+)");
    /** Anything that looks like it wants to be a marker, so a typo is reported instead of ignored. */
    private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile("[ \\t]*//\\s*[Ee]xercise\\s*\\d.*");

    /** Every marker in the {@code .java} files under {@code sources}, in file and line order. */
    static List<Marker> findIn(Course course, Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                markers.addAll(findIn(course.relative(file), Files.readAllLines(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }

    static List<Marker> findIn(String file, List<String> lines) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                markers.add(new Marker(marker.group(1), file, i + 1));
            } else if (LOOKS_LIKE_MARKER.matcher(line).matches()) {
                throw new ClassroomException(file + ":" + (i + 1) + ": an exercise marker is exactly '// Exercise 2.1'"
                        + " on a line of its own, found '" + line.strip() + "'");
            }
        }
        return markers;
    }

    /** The step number in the id: 2 for {@code 2.1}. */
    int step() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }

    String at() {
        return file + ":" + line;
    }
}
