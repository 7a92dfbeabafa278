package httpfromscratch.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise as its chapter describes it, in the chapter's "Exercises" section:
 *
 * <pre>
 * ### Exercise 2.1: Split the request line
 *
 * Write `RequestLine.parse`: ...
 *
 * - Hint: ...
 * </pre>
 *
 * @param id     {@code 2.1}
 * @param title  "Split the request line"
 * @param task   what to write, the paragraph under the heading (markdown)
 * @param hints  one or two hints, without the "Hint:" (markdown)
 * @param anchor the heading's GitHub anchor, {@code exercise-21-split-the-request-line}
 * @param line   the heading's 1-based line number
 */
record ChapterEntry(String id, String title, String task, List<String> hints, String anchor, int line) {

    private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern EXERCISE_HEADING = Pattern.compile("Exercise (\\d+\\.\\d+): (\\S.*)");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}[-*+][ \\t]+(.*)");
    private static final String HINT = "Hint:";

    /** Reads every entry of the chapter's "## Exercises" section; {@code chapter} names it in messages. */
    static List<ChapterEntry> readAll(String chapter, List<String> lines) {
        List<ChapterEntry> entries = new ArrayList<>();
        boolean inFence = false;
        boolean inExercises = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence || !heading.matches()) {
                continue;
            }
            int level = heading.group(1).length();
            String text = heading.group(2);
            if (level <= 2) {
                inExercises = level == 2 && text.equals("Exercises");
            } else if (level == 3 && text.matches("Exercise \\d.*")) {
                if (!inExercises) {
                    throw new ClassroomException(chapter + ":" + (i + 1) + ": '" + text
                            + "' must be in the chapter's '## Exercises' section");
                }
                entries.add(read(chapter, lines, i, text));
            }
        }
        return entries;
    }

    /** The entry whose heading is at {@code headingIndex}: paragraphs are the task, list items the hints. */
    private static ChapterEntry read(String chapter, List<String> lines, int headingIndex, String headingText) {
        String at = chapter + ":" + (headingIndex + 1);
        Matcher heading = EXERCISE_HEADING.matcher(headingText);
        if (!heading.matches()) {
            throw new ClassroomException(at + ": an exercise heading reads '### Exercise 2.1: Title', found '"
                    + headingText + "'");
        }
        StringBuilder task = new StringBuilder();
        List<StringBuilder> items = new ArrayList<>();
        boolean inItem = false;
        for (int i = headingIndex + 1; i < lines.size() && !HEADING.matcher(lines.get(i)).matches(); i++) {
            String line = lines.get(i);
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                items.add(new StringBuilder(item.group(1).strip()));
                inItem = true;
            } else if (line.isBlank()) {
                inItem = false;
            } else if (inItem || (!items.isEmpty() && Character.isWhitespace(line.charAt(0)))) {
                items.getLast().append(' ').append(line.strip());
            } else {
                task.append(task.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        return new ChapterEntry(heading.group(1), heading.group(2).strip(), checkedTask(at, task.toString()),
                hints(at, items), Slugs.of(headingText), headingIndex + 1);
    }

    private static String checkedTask(String at, String task) {
        if (task.isBlank()) {
            throw new ClassroomException(at + ": say what to write in a sentence below the exercise heading");
        }
        return task;
    }

    private static List<String> hints(String at, List<StringBuilder> items) {
        List<String> hints = new ArrayList<>();
        for (StringBuilder item : items) {
            String text = item.toString();
            if (!text.startsWith(HINT)) {
                throw new ClassroomException(at + ": the list under an exercise holds hints, each starting with '"
                        + HINT + "', found '" + text + "'");
            }
            hints.add(text.substring(HINT.length()).strip());
        }
        if (hints.isEmpty() || hints.size() > 2) {
            throw new ClassroomException(at + ": an exercise has one or two hints ('- Hint: …'), found " + hints.size());
        }
        return List.copyOf(hints);
    }
}
