package httpfromscratch.classroom;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classroom's own files ({@code exercises.json}, {@code progress.json}, reports) in JSON, with
 * Jackson like the rest of the course. They hold maps of strings, numbers, booleans, null and
 * lists, written for a teacher to read and diff: {@code "name": value}, two spaces deep, an entry
 * or an item a line, and the same bytes on every system.
 */
final class Json {

    private static final DefaultIndenter A_LINE_EACH = new DefaultIndenter("  ", "\n");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(A_LINE_EACH)
                    .withArrayIndenter(A_LINE_EACH))
            // A file cut short or with text after its value is broken: say so, never half-read it.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The value as a file's text, ending with a line break. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    /** A JSON object as a map in the file's order: arrays come back as lists, whole numbers as Integer or Long. */
    static Map<String, Object> parseObject(String text) {
        return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
    }
}
