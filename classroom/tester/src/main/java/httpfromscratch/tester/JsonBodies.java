package httpfromscratch.tester;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Response bodies read as JSON, with Jackson, as step 6 does. */
final class JsonBodies {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonBodies() {
    }

    /** The body as a JSON object; fails the stage if it is not one. */
    static JsonNode object(Exchange exchange, String expected) {
        JsonNode node = parse(exchange, expected);
        if (!node.isObject()) {
            throw Expect.failure("the body is JSON, but not an object", expected,
                    "answer one JSON object: {…}", exchange, exchange.bodyStart());
        }
        return node;
    }

    static JsonNode parse(Exchange exchange, String expected) {
        try {
            return MAPPER.readTree(exchange.reply().body());
        } catch (JacksonException e) {
            throw Expect.failure("the body is not valid JSON: " + e.getOriginalMessage(), expected,
                    "write JSON: quotes around names and strings, commas between fields, \\\" inside strings",
                    exchange, exchange.bodyStart());
        }
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
