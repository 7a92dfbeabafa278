package httpfromscratch.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The small pieces behind the JSON gates' messages: a media type's parameters, and the words an
 * error uses for the JSON a Java type wants.
 */
class JsonWordsTest {

    @ParameterizedTest(name = "charset of \"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "(none)", textBlock = """
        application/json                          | (none)
        application/json; charset                 | (none)
        application/json; boundary=x              | (none)
        application/json; Charset=UTF-8           | UTF-8
        application/json; q=1; charset = utf-8    | utf-8
        application/json; charset="utf-8"         | utf-8
        application/json; charset=""              | ''
        application/json; charset="              | "
        application/json; charset="utf-8          | "utf-8
        application/json; charset=utf-8"          | utf-8"
        """)
    void readsOneParameterAndTakesOffItsQuotes(String contentType, String charset) {
        assertThat(Json.parameter(contentType, "charset")).isEqualTo(Optional.ofNullable(charset));
    }

    @ParameterizedTest(name = "{0} wants {1}")
    @CsvSource({
        "java.lang.String,   a string",
        "java.lang.Long,     a whole number",
        "java.lang.Integer,  a whole number",
        "long,               a whole number",
        "int,                a whole number",
        "java.lang.Double,   a number",
        "double,             a number",
        "java.math.BigDecimal, a number",
        "java.lang.Boolean,  true or false",
        "boolean,            true or false",
        "java.util.List,     a JSON value for List",
    })
    void namesTheJsonAJavaTypeWants(String typeName, String words) throws ClassNotFoundException {
        assertThat(Json.kind(type(typeName))).isEqualTo(words);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "long" -> long.class;
            case "int" -> int.class;
            case "double" -> double.class;
            case "boolean" -> boolean.class;
            default -> Class.forName(name);
        };
    }
}
