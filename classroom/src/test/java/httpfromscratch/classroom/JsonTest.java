package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesAndReadsBackWhatTheClassroomStores() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", "2.1");
        value.put("count", 3L);
        value.put("ok", true);
        value.put("none", null);
        value.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        value.put("tests", List.of("a#b", "c#d[1]"));
        value.put("nested", List.of(Map.of("x", 1L), Map.of()));

        String json = Json.write(value);

        assertThat(Json.parse(json)).isEqualTo(value);
        assertThat(json).contains("\"tests\": [\"a#b\", \"c#d[1]\"]").contains("\\u0007");
    }

    @Test
    void refusesBrokenJsonWithItsOffset() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> Json.parse("{} extra")).hasMessageContaining("after the value");
    }
}
