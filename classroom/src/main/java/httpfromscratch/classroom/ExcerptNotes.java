package httpfromscratch.classroom;

import httpfromscratch.classroom.Blanker.Blank;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps chapters from giving solutions away: in a workspace, a {@code <!-- from: … -->} excerpt
 * that shows part of a blanked body is replaced by a short note that points at the exercise. An
 * excerpt that shows only the signature, or other methods of the same file, stays.
 */
final class ExcerptNotes {

    private static final Pattern FROM = Pattern.compile("\\s*<!--\\s*from:\\s*(.*?)\\s*-->\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s*(```+|~~~+).*");
    private static final String ELISION = "// ...";
    /** Shorter lines, such as {@code }} or {@code return;}, say nothing about which method they are in. */
    private static final int TELLING_LINE = 8;

    private ExcerptNotes() {
    }

    /**
     * The markdown file at {@code path} (from the repository root) with every excerpt of a blanked
     * body replaced. {@code source} gives the reference lines of a file the excerpts name.
     */
    static String replace(String path, String markdown, Map<String, List<Blank>> blanksByFile,
            Function<String, List<String>> source) {
        List<String> lines = markdown.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher from = FROM.matcher(lines.get(i));
            if (FENCE.matcher(lines.get(i)).matches()) {
                int close = closingFence(lines, i);
                out.addAll(lines.subList(i, close + 1)); // an example inside a fence is not an excerpt
                i = close;
                continue;
            }
            int open = from.matches() ? nextNonBlank(lines, i + 1) : -1;
            List<Blank> blanks = from.matches() ? blanksByFile.getOrDefault(from.group(1), List.of()) : List.of();
            if (open < 0 || blanks.isEmpty() || !FENCE.matcher(lines.get(open)).matches()) {
                out.add(lines.get(i));
                continue;
            }
            int close = closingFence(lines, open);
            Set<Exercise> shown = shownBlanks(lines.subList(open + 1, close), source.apply(from.group(1)), blanks);
            if (shown.isEmpty()) {
                out.addAll(lines.subList(i, close + 1));
            } else {
                out.add(note(path, shown));
            }
            i = close;
        }
        return String.join("\n", out) + (markdown.endsWith("\n") ? "\n" : "");
    }

    /** The exercises whose bodies the excerpt shows at least one line of. */
    static Set<Exercise> shownBlanks(List<String> excerpt, List<String> file, List<Blank> blanks) {
        Set<Exercise> shown = new LinkedHashSet<>();
        int searchFrom = 0;
        for (List<String> part : parts(excerpt)) {
            int start = find(part, file, searchFrom);
            for (Blank blank : blanks) {
                boolean overlaps = start >= 0
                        ? overlaps(start + 1, start + part.size(), blank)
                        : sharesTellingLine(part, file, blank);
                if (overlaps) {
                    shown.add(blank.exercise());
                }
            }
            searchFrom = start >= 0 ? start + part.size() : searchFrom;
        }
        return shown;
    }

    /** The lines between the body's braces, or the one line of a body written on a single line. */
    private static boolean overlaps(int first, int last, Blank blank) {
        int bodyFirst = blank.firstLine() == blank.lastLine() ? blank.firstLine() : blank.firstLine() + 1;
        int bodyLast = blank.firstLine() == blank.lastLine() ? blank.lastLine() : blank.lastLine() - 1;
        return bodyFirst <= bodyLast && first <= bodyLast && last >= bodyFirst;
    }

    /** For an excerpt that no longer matches its file: does it repeat a telling line of the body? */
    private static boolean sharesTellingLine(List<String> part, List<String> file, Blank blank) {
        Set<String> body = file.subList(blank.firstLine(), Math.max(blank.firstLine(), blank.lastLine() - 1)).stream()
                .map(String::strip).filter(line -> line.length() >= TELLING_LINE).collect(Collectors.toSet());
        return part.stream().map(String::strip).anyMatch(body::contains);
    }

    /** The excerpt split at its {@code // ...} lines, each part without blank lines at its ends. */
    private static List<List<String>> parts(List<String> excerpt) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : excerpt) {
            if (line.strip().equals(ELISION)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        parts.add(current);
        return parts.stream().map(ExcerptNotes::trimBlankEnds).filter(part -> !part.isEmpty()).toList();
    }

    private static List<String> trimBlankEnds(List<String> part) {
        int from = 0;
        int to = part.size();
        while (from < to && part.get(from).isBlank()) {
            from++;
        }
        while (to > from && part.get(to - 1).isBlank()) {
            to--;
        }
        return part.subList(from, to);
    }

    /** The 0-based line where {@code part} appears in {@code file} (whitespace at the ends ignored), or -1. */
    private static int find(List<String> part, List<String> file, int from) {
        for (int start = from; start + part.size() <= file.size(); start++) {
            int matched = 0;
            while (matched < part.size() && part.get(matched).strip().equals(file.get(start + matched).strip())) {
                matched++;
            }
            if (matched == part.size()) {
                return start;
            }
        }
        return -1;
    }

    static String note(String path, Set<Exercise> exercises) {
        List<String> links = exercises.stream()
                .map(exercise -> "[Exercise " + exercise.id() + ": " + exercise.title() + "](" + link(path, exercise) + ")")
                .toList();
        String ids = exercises.stream().map(exercise -> "Exercise " + exercise.id()).collect(Collectors.joining(" and "));
        return "> **" + ids + (exercises.size() == 1 ? " is" : " are") + " yours to write**, so the code that stood here"
                + " is left out of your copy: see " + String.join(" and ", links) + ".";
    }

    /** A link from the markdown file at {@code path} to the exercise's entry in its chapter. */
    static String link(String path, Exercise exercise) {
        if (path.equals(exercise.chapter())) {
            return "#" + exercise.anchor();
        }
        Path from = Path.of(path).getParent();
        Path chapter = Path.of(exercise.chapter());
        String relative = (from == null ? chapter : from.relativize(chapter)).toString().replace('\\', '/');
        return relative + "#" + exercise.anchor();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the fence that closes the one opening at {@code open} (the last line if none does). */
    private static int closingFence(List<String> lines, int open) {
        String marker = FENCE.matcher(lines.get(open)).replaceAll("$1");
        for (int i = open + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(marker) && line.chars().allMatch(c -> c == marker.charAt(0))) {
                return i;
            }
        }
        return lines.size() - 1;
    }
}
