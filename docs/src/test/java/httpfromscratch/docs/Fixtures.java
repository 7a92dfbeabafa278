package httpfromscratch.docs;

import httpfromscratch.docs.Markdown.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The fixture repository in src/test/resources/fixtures: markdown whose every case sits under a
 * heading that says what should happen to it ("Passes: …", "Fails: …", "Skipped: …").
 */
final class Fixtures {

    /** The real repository: its step modules are what transcripts run. */
    static final Repository REAL = Repository.locate();
    static final Repository REPOSITORY =
            new Repository(REAL.root().resolve("docs/src/test/resources/fixtures"));

    private Fixtures() {
    }

    static Markdown read(String name) {
        return Markdown.read(REPOSITORY, REPOSITORY.root().resolve(name));
    }

    /** The items of a fixture grouped by the title of the section they are in, in file order. */
    static <T> Map<String, List<T>> bySection(Markdown markdown, List<T> items, ToIntFunction<T> line) {
        Map<String, List<T>> sections = new LinkedHashMap<>();
        for (T item : items) {
            String title = sectionOf(markdown, line.applyAsInt(item));
            sections.computeIfAbsent(title, key -> new ArrayList<>()).add(item);
        }
        return sections;
    }

    /** The one item in the section whose title starts with {@code title}. */
    static <T> T only(Map<String, List<T>> sections, String title) {
        List<T> items = sections.entrySet().stream()
                .filter(section -> section.getKey().startsWith(title))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture section " + title));
        if (items.size() != 1) {
            throw new IllegalArgumentException("fixture section " + title + " holds " + items.size() + " items");
        }
        return items.getFirst();
    }

    static <T> Map<String, List<T>> withTitlesStarting(Map<String, List<T>> sections, String prefix) {
        Map<String, List<T>> selected = new LinkedHashMap<>(sections);
        selected.keySet().removeIf(title -> !title.startsWith(prefix));
        if (selected.isEmpty()) {
            throw new IllegalStateException("no fixture section starts with " + prefix);
        }
        return selected;
    }

    private static String sectionOf(Markdown markdown, int line) {
        return markdown.headings().stream()
                .filter(heading -> heading.line() < line)
                .reduce((first, second) -> second)
                .map(Heading::text)
                .orElse("");
    }
}
