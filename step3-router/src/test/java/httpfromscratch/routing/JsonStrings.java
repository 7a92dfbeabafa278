package httpfromscratch.routing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads back a JSON string literal (RFC 8259 §7), so a test checks what a JSON parser would see
 * rather than which of the allowed escapes ({@code \n} or {@code \u000a}) a solution chose.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    static String decode(String literal) {
        assertThat(literal).as("a JSON string literal").startsWith("\"").endsWith("\"").hasSizeGreaterThan(1);
        StringBuilder text = new StringBuilder();
        int i = 1;
        while (i < literal.length() - 1) {
            char c = literal.charAt(i++);
            assertThat(c).as("unescaped quote inside %s", literal).isNotEqualTo('"');
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escape = literal.charAt(i++);
            switch (escape) {
                case '"', '\\', '/' -> text.append(escape);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(literal.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw new AssertionError("'\\" + escape + "' is not a JSON escape, in " + literal);
            }
        }
        return text.toString();
    }
}
