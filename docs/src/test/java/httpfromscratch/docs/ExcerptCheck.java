package httpfromscratch.docs;

import httpfromscratch.docs.Markdown.Directive;
import httpfromscratch.docs.Markdown.Fence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a code block below {@code <!-- from: path -->} is still the code in that file.
 *
 * <p>The block's lines must appear in the file as a run of consecutive lines, with the same
 * relative indentation (the whole run may sit deeper in the file, inside a class say) and trailing
 * whitespace ignored. A line holding only {@code // ...} elides code: the parts between elisions
 * must each appear, in order.
 */
final class ExcerptCheck {

    private static final String ELISION = "// ...";

    /** Consecutive block lines between elisions, with the chapter line of each. */
    record Part(List<String> lines, List<Integer> chapterLines) {
    }

    private ExcerptCheck() {
    }

    static void check(Repository repository, Markdown chapter, Directive from) throws IOException {
        String where = chapter.at(from.line());
        Fence block = from.fence().orElseThrow(() -> new AssertionError(
                where + ": <!-- from: " + from.argument() + " --> must be directly above a fenced code block"));
        Path source = repository.root().resolve(from.argument()).normalize();
        if (!source.startsWith(repository.root()) || !Files.isRegularFile(source)) {
            throw new AssertionError(where + ": <!-- from: " + from.argument()
                    + " --> names no file; the path is relative to the repository root");
        }
        List<String> file = Files.readAllLines(source).stream().map(String::stripTrailing).toList();
        int searchFrom = 0;
        for (Part part : parts(block)) {
            int found = find(part.lines(), file, searchFrom);
            if (found < 0) {
                throw new AssertionError(where + ": the excerpt no longer matches " + from.argument() + "\n"
                        + explainMiss(part, file, searchFrom));
            }
            searchFrom = found + part.lines().size();
        }
    }

    /** Splits the block at its {@code // ...} lines; each part loses its blank edges and common indent. */
    static List<Part> parts(Fence block) {
        List<Part> parts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i <= block.lines().size(); i++) {
            if (i == block.lines().size() || block.lines().get(i).strip().equals(ELISION)) {
                addPart(parts, block, current);
                current = new ArrayList<>();
            } else {
                current.add(i);
            }
        }
        return parts;
    }

    private static void addPart(List<Part> parts, Fence block, List<Integer> indexes) {
        List<Integer> kept = new ArrayList<>(indexes);
        while (!kept.isEmpty() && block.lines().get(kept.getFirst()).isBlank()) {
            kept.removeFirst();
        }
        while (!kept.isEmpty() && block.lines().get(kept.getLast()).isBlank()) {
            kept.removeLast();
        }
        if (kept.isEmpty()) {
            return;
        }
        int common = kept.stream().map(i -> block.lines().get(i)).filter(line -> !line.isBlank())
                .mapToInt(ExcerptCheck::indent).min().orElse(0);
        List<String> lines = kept.stream()
                .map(i -> block.lines().get(i).stripTrailing())
                .map(line -> line.isEmpty() ? line : line.substring(common))
                .toList();
        parts.add(new Part(lines, kept.stream().map(block::lineOf).toList()));
    }

    /** Where {@code part} starts in {@code file}, at or after {@code from}; -1 if nowhere. */
    static int find(List<String> part, List<String> file, int from) {
        for (int start = from; start + part.size() <= file.size(); start++) {
            if (matchingLines(part, file, start) == part.size()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * How many lines of {@code part} match the file from {@code start} on. The part's first line
     * fixes how much deeper the file is indented; every other line must sit exactly that much deeper.
     */
    static int matchingLines(List<String> part, List<String> file, int start) {
        int extra = indent(file.get(start)) - indent(part.getFirst());
        if (extra < 0) {
            return 0;
        }
        int count = 0;
        while (count < part.size() && start + count < file.size()
                && sameLine(part.get(count), file.get(start + count), extra)) {
            count++;
        }
        return count;
    }

    private static boolean sameLine(String excerpt, String file, int extra) {
        if (excerpt.isEmpty()) {
            return file.isEmpty();
        }
        return file.length() >= extra
                && file.substring(0, extra).isBlank()
                && file.substring(extra).equals(excerpt);
    }

    /** Names the first excerpt line that could not be found, and what the file has instead. */
    private static String explainMiss(Part part, List<String> file, int from) {
        int bestStart = -1;
        int best = 0;
        for (int start = from; start < file.size(); start++) {
            int count = matchingLines(part.lines(), file, start);
            if (count > best) {
                best = count;
                bestStart = start;
            }
        }
        String missing = "  chapter line " + part.chapterLines().get(best) + " is not in the file:\n"
                + "      " + part.lines().get(best);
        if (best > 0) {
            int next = bestStart + best;
            if (next == file.size()) {
                return missing + "\n  the lines above it are the last lines of the file";
            }
            // show the file's line with the excerpt's indentation, so an indentation slip is visible
            int extra = indent(file.get(bestStart)) - indent(part.lines().getFirst());
            String instead = file.get(next).substring(Math.min(extra, indent(file.get(next))));
            return missing + "\n  the lines above it match the file at line " + (bestStart + 1)
                    + ", which goes on with line " + (next + 1) + ":\n      " + instead;
        }
        if (from > 0 && find(part.lines(), file, 0) >= 0) {
            return missing + "\n  (it is in the file, but above the part before the // ... line:"
                    + " parts must be in file order)";
        }
        List<String> stripped = file.stream().map(String::strip).toList();
        return Closest.to(part.lines().getFirst().strip(), stripped)
                .map(line -> missing + "\n  closest line in the file (line " + (stripped.indexOf(line) + 1) + "):\n"
                        + "      " + line)
                .orElse(missing);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
