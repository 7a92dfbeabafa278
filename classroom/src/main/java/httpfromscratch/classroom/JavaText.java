package httpfromscratch.classroom;

/**
 * Java source as text, with just enough understanding to find a method's body: which characters
 * are code, and which belong to a comment, a string, a text block or a character literal. A brace
 * inside {@code "{"} or {@code // }} is not a brace of the program.
 */
final class JavaText {

    private final String text;

    JavaText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * Where the method declared after {@code from} opens its body: the first {@code {} outside
     * parentheses (an annotation such as {@code @SuppressWarnings({"a"})} has braces inside them).
     */
    int bodyOpen(int from) {
        int parentheses = 0;
        for (int i = from; i < text.length(); i = next(i)) {
            char c = text.charAt(i);
            if (c == '(') {
                parentheses++;
            } else if (c == ')') {
                parentheses--;
            } else if (c == '{' && parentheses == 0) {
                return i;
            } else if (c == ';' && parentheses == 0) {
                throw new ClassroomException("the declaration ends with ';' before any '{': an exercise needs a method with a body");
            }
        }
        throw new ClassroomException("no '{' after the marker: an exercise needs a method with a body");
    }

    /** The {@code }} that closes the {@code {} at {@code open}. */
    int matchingClose(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i = next(i)) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new ClassroomException("the '{' of the method body is never closed");
    }

    /**
     * The index after the code character at {@code i}, or after the whole comment or literal that
     * starts there: those are skipped in one step, so callers only ever look at code.
     */
    int next(int i) {
        if (text.startsWith("//", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end + 1;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            if (end < 0) {
                throw new ClassroomException("a /* comment is never closed");
            }
            return end + 2;
        }
        if (text.startsWith("\"\"\"", i)) {
            return endOfQuoted(i + 3, "\"\"\"", "text block");
        }
        if (text.charAt(i) == '"') {
            return endOfQuoted(i + 1, "\"", "string");
        }
        if (text.charAt(i) == '\'') {
            return endOfQuoted(i + 1, "'", "character literal");
        }
        return i + 1;
    }

    /** Scans a literal from {@code from} to its closing quote; a backslash escapes the next character. */
    private int endOfQuoted(int from, String quote, String what) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(quote, i)) {
                return i + quote.length();
            } else if (text.charAt(i) == '\n' && quote.length() == 1) {
                break; // strings and chars end on their line; only text blocks span lines
            }
        }
        throw new ClassroomException("a " + what + " is never closed");
    }

    /** The text from {@code from} to {@code to} with each comment replaced by a space: the code alone. */
    String codeBetween(int from, int to) {
        StringBuilder code = new StringBuilder();
        for (int i = from; i < to; ) {
            int next = next(i);
            boolean comment = text.startsWith("//", i) || text.startsWith("/*", i);
            code.append(comment ? " " : text.substring(i, Math.min(next, to)));
            i = next;
        }
        return code.toString();
    }

    /** The 1-based line number of the character at {@code index}. */
    int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The index of the first character of 1-based line {@code line}. */
    int startOfLine(int line) {
        int index = 0;
        for (int current = 1; current < line; current++) {
            index = text.indexOf('\n', index) + 1;
            if (index == 0) {
                throw new IllegalArgumentException("no line " + line);
            }
        }
        return index;
    }
}
