package httpfromscratch.json;

import static httpfromscratch.json.Requests.json;
import static httpfromscratch.json.Requests.withContentType;
import static httpfromscratch.json.Requests.withoutContentType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** The four gates of {@link Json#readObject}, the binding to records, and JSON responses. */
class JsonTest {

    private static ApiException refusal(HttpRequest request) {
        return catchThrowableOfType(ApiException.class, () -> Json.readObject(request));
    }

    private static ApiException refusalAsUser(String body) {
        return catchThrowableOfType(ApiException.class, () -> Json.read(json("POST", "/users", body), User.class));
    }

    @Test
    void readsAJsonObject() {
        ObjectNode object = Json.readObject(json("POST", "/data", "{\"title\": \"Buy milk\", \"done\": false}"));

        assertThat(object).isEqualTo(TestApp.tree("{'title':'Buy milk','done':false}"));
    }

    @Test
    void refusesTextPlainWith415() {
        ApiException refusal = refusal(withContentType("POST", "/data", "text/plain", "{\"a\":1}"));

        assertThat(refusal.status()).isEqualTo(415);
        assertThat(refusal).hasMessage("Content-Type text/plain is not JSON; send Content-Type: application/json");
    }

    @Test
    void refusesAFormBodyWith415() {
        // What curl -d sends when nobody says otherwise.
        ApiException refusal = refusal(withContentType("POST", "/data", "application/x-www-form-urlencoded", "{\"a\":1}"));

        assertThat(refusal.status()).isEqualTo(415);
    }

    @Test
    void refusesAMissingContentTypeWith415() {
        ApiException refusal = refusal(withoutContentType("POST", "/data", "{\"a\":1}"));

        assertThat(refusal.status()).isEqualTo(415);
        assertThat(refusal).hasMessage("the request has no Content-Type; send Content-Type: application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "Application/JSON; Charset=UTF-8",
            "application/json;charset=\"utf-8\"", "application/json ; charset=utf-8"})
    void acceptsJsonWithACharsetOfUtf8InAnyCase(String contentType) {
        ObjectNode object = Json.readObject(withContentType("POST", "/data", contentType, "{\"a\":1}"));

        assertThat(object).isEqualTo(TestApp.tree("{'a':1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=iso-8859-1", "application/json; charset=utf-16"})
    void refusesJsonInAnyOtherCharsetWith415(String contentType) {
        ApiException refusal = refusal(withContentType("POST", "/data", contentType, "{\"a\":1}"));

        assertThat(refusal.status()).isEqualTo(415);
        assertThat(refusal.getMessage()).startsWith("JSON must be UTF-8, not ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \r\n "})
    void refusesAnEmptyBodyWith400(String body) {
        ApiException refusal = refusal(json("POST", "/data", body));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal).hasMessage("the request has no body: send a JSON object");
    }

    @Test
    void namesLineAndColumnOfMalformedJson() {
        ApiException refusal = refusal(json("POST", "/data", "{\"a\":"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.getMessage()).startsWith("invalid JSON at line 1, column 6: ");
    }

    @Test
    void countsLinesAndColumnsFromOne() {
        ApiException refusal = refusal(json("POST", "/data", "{\"a\": 1,\n \"b\": }"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.getMessage()).startsWith("invalid JSON at line 2, column 7: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'a': 1}", "{\"a\": 1,}", "{\"a\": 1} {\"b\": 2}", "{\"a\": tru}"})
    void refusesWhatIsNotStrictJsonWith400(String body) {
        assertThat(refusal(json("POST", "/data", body)).status()).isEqualTo(400);
    }

    @Test
    void refusesJsonNestedDeeperThanTheLimitWith400() {
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

        assertThat(Json.readObject(json("POST", "/data", "{\"a\":" + deep.substring(1, deep.length() - 1) + "}")))
                .isNotNull();
        assertThat(refusal(json("POST", "/data", "{\"a\":" + deep + "}")).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1, 2]    | expected a JSON object, got an array",
        "\"hello\" | expected a JSON object, got a string",
        "42        | expected a JSON object, got a number",
        "null      | expected a JSON object, got null"})
    void refusesJsonThatIsNotAnObjectWith422(String body, String message) {
        ApiException refusal = refusal(json("POST", "/data", body));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal).hasMessage(message);
    }

    @Test
    void bindsAnObjectToARecord() {
        User user = Json.read(json("POST", "/users", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}"), User.class);

        assertThat(user).isEqualTo(new User(null, "Ada", "ada@example.com"));
    }

    @Test
    void namesTheFieldThatHasTheWrongType() {
        ApiException refusal = refusalAsUser("{\"name\": {\"first\": \"Ada\"}, \"email\": \"ada@example.com\"}");

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal).hasMessage("invalid field 'name': must be a string");
        assertThat(refusal.fields()).containsExactly(entry("name", "must be a string"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": 5}      | name | must be a string",
        "{\"name\": true}   | name | must be a string",
        "{\"id\": \"7\"}    | id   | must be a whole number",
        "{\"id\": 1.5}      | id   | must be a whole number"})
    void convertsNoValueToAnotherType(String body, String field, String problem) {
        ApiException refusal = refusalAsUser(body);

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.fields()).containsExactly(entry(field, problem));
    }

    @Test
    void namesAnUnknownFieldAndListsTheKnownOnes() {
        ApiException refusal = refusalAsUser("{\"name\": \"Ada\", \"emial\": \"ada@example.com\"}");

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.fields()).containsExactly(
                entry("emial", "unknown field; the fields are email, id, name"));
    }

    @Test
    void writesAValueAsAJsonResponse() {
        HttpResponse response = Json.response(201, new User(7L, "Ada", "ada@example.com"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().first("Content-Type")).contains("application/json");
        assertThat(response.bodyText()).isEqualTo("{\"id\":7,\"name\":\"Ada\",\"email\":\"ada@example.com\"}\n");
    }

    @Test
    void tellsCachesNotToKeepAnApiAnswer() {
        HttpResponse response = Json.response(200, Map.of("id", 1));

        assertThat(response.headers().first("Cache-Control")).hasValue("no-store");
    }

    @Test
    void escapesWhatJsonStringsCannotHoldRaw() {
        String written = Json.write(Map.of("text", "a \"quote\", a \\ and a\nnewline"));

        assertThat(written).isEqualTo("{\"text\":\"a \\\"quote\\\", a \\\\ and a\\nnewline\"}");
    }
}
