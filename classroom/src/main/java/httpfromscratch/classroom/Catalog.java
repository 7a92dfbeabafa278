package httpfromscratch.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every exercise of the course, read from both places that define it, the marker in the code and
 * the entry in the chapter. Each must have the other: a marker without an entry, an entry without a
 * marker, a duplicate id or an id in the wrong step is an error, and all of them are reported at once.
 */
final class Catalog {

    private Catalog() {
    }

    static List<Exercise> read(Course course) {
        List<String> problems = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        for (Step step : course.steps()) {
            List<Marker> markers = Marker.findIn(course, step.mainSources(course.root()));
            List<ChapterEntry> entries = step.chapter()
                    .map(chapter -> ChapterEntry.readAll(chapter, lines(course.root().resolve(chapter))))
                    .orElse(List.of());
            if (!markers.isEmpty() && step.chapter().isEmpty()) {
                problems.add(step.module() + " has exercise markers but no docs/" + String.format("%02d", step.number())
                        + "-….md chapter to describe them");
                continue;
            }
            exercises.addAll(match(step, markers, entries, problems, course));
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException("The exercises are not consistent:\n  - " + String.join("\n  - ", problems));
        }
        exercises.sort(Exercise.ORDER);
        return List.copyOf(exercises);
    }

    /** Pairs a step's markers with its chapter entries, noting every mismatch in {@code problems}. */
    private static List<Exercise> match(Step step, List<Marker> markers, List<ChapterEntry> entries,
            List<String> problems, Course course) {
        String chapter = step.chapter().orElse("");
        Map<String, Marker> markersById = new LinkedHashMap<>();
        for (Marker marker : markers) {
            if (marker.step() != step.number()) {
                problems.add(marker.at() + ": exercise " + marker.id() + " is in " + step.module()
                        + ", so its id must start with " + step.number() + ".");
            }
            Marker earlier = markersById.putIfAbsent(marker.id(), marker);
            if (earlier != null) {
                problems.add(marker.at() + ": exercise " + marker.id() + " is marked twice, also at " + earlier.at());
            }
        }
        Map<String, ChapterEntry> entriesById = new HashMap<>();
        for (ChapterEntry entry : entries) {
            if (entriesById.putIfAbsent(entry.id(), entry) != null) {
                problems.add(chapter + ":" + entry.line() + ": exercise " + entry.id() + " has two entries");
            }
            if (!markersById.containsKey(entry.id())) {
                problems.add(chapter + ":" + entry.line() + ": '### Exercise " + entry.id() + "' has no '// Exercise "
                        + entry.id() + "' marker in " + step.module() + "/src/main/java");
            }
        }
        List<Exercise> exercises = new ArrayList<>();
        for (Marker marker : markersById.values()) {
            ChapterEntry entry = entriesById.get(marker.id());
            if (entry == null) {
                problems.add(marker.at() + ": '// Exercise " + marker.id() + "' has no '### Exercise " + marker.id()
                        + ": Title' entry in the Exercises section of " + chapter);
                continue;
            }
            try {
                String method = methodBelow(course.root().resolve(marker.file()), marker);
                exercises.add(new Exercise(marker.id(), step.number(), entry.title(), entry.task(), entry.hints(),
                        chapter, entry.anchor(), marker.file(), marker.line(), method));
            } catch (ClassroomException e) {
                problems.add(marker.at() + ": " + e.getMessage());
            }
        }
        return exercises;
    }

    private static String methodBelow(Path file, Marker marker) {
        return MethodBody.below(new JavaText(Course.read(file)), marker.line()).name();
    }

    /** Picks the exercises a workspace blanks: all from {@code fromStep} on, or only the listed ids. */
    static List<Exercise> select(List<Exercise> all, int fromStep, Set<String> only) {
        Set<String> known = all.stream().map(Exercise::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(only);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new ClassroomException("no such exercise: " + String.join(", ", unknown) + " (known: "
                    + all.stream().map(Exercise::id).collect(Collectors.joining(", ")) + ")");
        }
        List<Exercise> selected = all.stream()
                .filter(exercise -> exercise.step() >= fromStep)
                .filter(exercise -> only.isEmpty() || only.contains(exercise.id()))
                .toList();
        if (selected.isEmpty()) {
            throw new ClassroomException("that selection leaves no exercise to blank");
        }
        return selected;
    }

    private static List<String> lines(Path file) {
        return Course.read(file).lines().toList();
    }
}
