package httpfromscratch.tester;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes shown so that nothing hides: printable ASCII as it is, CR and LF as {@code \r} and
 * {@code \n} (a line of the display ends after each {@code \n}), every other byte as {@code \xNN}.
 * A missing CR, a stray space or a NUL is as visible as a wrong word.
 */
final class Bytes {

    /** More than this many bytes are cut short: a failure is about the first wrong one. */
    static final int SHOWN = 1200;
    private static final String MARGIN = "  | ";

    private Bytes() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes, escaped, as indented lines. */
    static String show(byte[] bytes) {
        return show(bytes, -1, "");
    }

    /**
     * The bytes, escaped, as indented lines, with a {@code ^} under the byte at {@code wrongAt}
     * (or just after the last byte, when {@code wrongAt} is their length: something was missing).
     */
    static String show(byte[] bytes, int wrongAt, String note) {
        if (bytes.length == 0) {
            return MARGIN + "(nothing)" + (wrongAt >= 0 ? "\n" + MARGIN + "^ " + note : "");
        }
        int from = windowStart(bytes, wrongAt);
        int to = Math.min(bytes.length, from + SHOWN);
        List<String> lines = new ArrayList<>();
        if (from > 0) {
            lines.add(MARGIN + "… " + from + " bytes before …");
        }
        StringBuilder line = new StringBuilder();
        int markerColumn = -1;
        for (int i = from; i < to; i++) {
            if (i == wrongAt) {
                markerColumn = line.length();
            }
            line.append(escape(bytes[i]));
            if (bytes[i] == '\n') {
                lines.add(MARGIN + line);
                if (markerColumn >= 0) {
                    lines.add(marker(markerColumn, note));
                    markerColumn = -1;
                }
                line.setLength(0);
            }
        }
        if (wrongAt == to) {
            markerColumn = line.length();
        }
        if (!line.isEmpty() || markerColumn >= 0) {
            lines.add(MARGIN + line);
        }
        if (markerColumn >= 0) {
            lines.add(marker(markerColumn, note));
        }
        if (to < bytes.length) {
            lines.add(MARGIN + "… " + (bytes.length - to) + " bytes more");
        }
        return String.join("\n", lines);
    }

    /**
     * Where the display starts: the beginning, unless the wrong byte is far in; then a little before
     * it, at the start of its line if that is not far.
     */
    private static int windowStart(byte[] bytes, int wrongAt) {
        if (wrongAt < SHOWN / 2) {
            return 0;
        }
        int near = Math.min(wrongAt, bytes.length) - SHOWN / 4;
        int start = near;
        while (start > 0 && bytes[start - 1] != '\n' && near - start < SHOWN / 4) {
            start--;
        }
        return start;
    }

    private static String marker(int column, String note) {
        return " ".repeat(MARGIN.length() + column) + "^ " + note;
    }

    static String escape(byte b) {
        return switch (b) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xff);
        };
    }

    /** The first index where {@code actual}, read from {@code offset}, differs from {@code expected}. */
    static int firstDifference(byte[] actual, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (offset + i >= actual.length || actual[offset + i] != expected[i]) {
                return offset + i;
            }
        }
        return -1;
    }

    /** Where {@code needle} first occurs in {@code haystack} at or after {@code from}, ignoring ASCII case; -1 if nowhere. */
    static int indexOfIgnoringCase(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase(haystack[i + j]) != Character.toLowerCase(needle[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
