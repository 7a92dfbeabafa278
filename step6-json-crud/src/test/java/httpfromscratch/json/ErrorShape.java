package httpfromscratch.json;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.Status;
import tools.jackson.databind.JsonNode;

/**
 * The one error shape, as an assertion: {@code {"error": reason phrase, "message": text,
 * "path": the path asked for}}, {@code path} only when there was a request, and {@code fields}
 * (an object of strings) only after a body failed validation. Nothing else.
 */
final class ErrorShape {

    private ErrorShape() {
    }

    static void assertErrorShape(int status, String contentType, String bodyText, String path) {
        assertThat(contentType).isEqualTo("application/json");
        JsonNode body = Json.MAPPER.readTree(bodyText);
        assertThat(body.isObject()).as("an error body is a JSON object: %s", bodyText).isTrue();
        assertThat(body.propertyNames()).as(bodyText).isSubsetOf("error", "message", "path", "fields");
        assertThat(body.path("error").asString()).isEqualTo(Status.reasonPhrase(status));
        assertThat(body.path("message").isString()).as("message is a string: %s", bodyText).isTrue();
        if (path == null) {
            assertThat(body.has("path")).as("no path before there is a request: %s", bodyText).isFalse();
        } else {
            assertThat(body.path("path").asString()).isEqualTo(path);
        }
        if (body.has("fields")) {
            assertThat(body.get("fields").isObject()).isTrue();
            body.get("fields").forEach(problem -> assertThat(problem.isString()).isTrue());
        }
    }
}
