package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonTest {

    @Test
    void readsBackWhatItWroteInTheSameOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", "2.1");
        value.put("count", 3);
        value.put("ok", true);
        value.put("none", null);
        value.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        value.put("tests", List.of("a#b", "c#d[1]"));
        value.put("nested", List.of(Map.of("x", 1), Map.of()));

        String json = Json.write(value);

        assertThat(Json.parseObject(json)).isEqualTo(value).containsOnlyKeys(value.keySet())
                .extracting(Map::keySet).asString().isEqualTo(value.keySet().toString());
        assertThat(json).contains("\\u0007", "\\n", "é");
    }

    @Test
    void writesANameAndItsValueAndEachItemOnALineTwoSpacesDeep() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", "2.1");
        value.put("tests", List.of("a#b", "c#d[1]"));
        value.put("hints", List.of());
        value.put("step", Map.of());

        assertThat(Json.write(value)).isEqualTo("""
                {
                  "id": "2.1",
                  "tests": [
                    "a#b",
                    "c#d[1]"
                  ],
                  "hints": [],
                  "step": {}
                }
                """);
    }

    @Test
    void refusesBrokenJson() {
        assertThatThrownBy(() -> Json.parseObject("{\"a\": [1, 2}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> Json.parseObject("{} {}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> Json.parseObject("[1, 2]")).isInstanceOf(JacksonException.class);
    }
}
