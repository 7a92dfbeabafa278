package httpfromscratch.json;

import httpfromscratch.http.HttpRequest;
import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON in and out of HTTP messages, with Jackson 3.
 *
 * <p>Reading a request body goes through four gates, each with its own status:
 *
 * <ol>
 *   <li>there is a body at all → else 400 Bad Request;
 *   <li>{@code Content-Type} says JSON in UTF-8 → else 415 Unsupported Media Type;
 *   <li>the bytes parse as JSON (into a tree of {@code JsonNode}s) → else 400, naming line and column;
 *   <li>the tree has the shape we need (an object; for a record, fields of the right names and
 *       types) → else 422 Unprocessable Content, naming the field.
 * </ol>
 *
 * <p>The rule behind the statuses: 400 means "we could not read what you sent", 422 means "we read
 * it, and it is not what this resource takes". Each failure is an {@link ApiException}, which
 * {@link ApiErrors} turns into the API's one JSON error shape.
 */
public final class Json {

    public static final String MEDIA_TYPE = "application/json";

    /**
     * 32 levels: our documents are a few levels deep. Jackson's default is 500, and every level
     * costs a stack frame in code that walks the tree. (Size is already capped by step 2's body
     * limit, 1 MiB.)
     */
    public static final int MAX_NESTING_DEPTH = 32;

    /** One mapper for the whole server: building one is slow, and once built it is thread-safe. */
    static final JsonMapper MAPPER = JsonMapper.builder(jsonFactory())
            // A misspelt field ("emial") is a client bug: say so instead of silently dropping it.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "7" is not the number 7, and 1.5 is not a whole number...
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // ...and 7 or true is not the string "7" or "true".
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Json() {
    }

    private static JsonFactory jsonFactory() {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
        return JsonFactory.builder().streamReadConstraints(limits).build();
    }

    // Exercise 6.2
    /** The body as a JSON object: the four gates, for a resource that stores any object as it is. */
    public static ObjectNode readObject(HttpRequest request) {
        requireBody(request);
        requireJsonContentType(request);
        JsonNode tree = parse(request.body());
        if (!(tree instanceof ObjectNode object)) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT, "expected a JSON object, got " + kind(tree));
        }
        return object;
    }

    /** The body bound to {@code type}, such as a record: {@code Json.read(request, User.class)}. */
    public static <T> T read(HttpRequest request, Class<T> type) {
        return bind(readObject(request), type);
    }

    /**
     * {@code value} (a record, a list, a {@code JsonNode}...) written as a JSON response. The API's
     * answers change with every write and may be behind a token, so no cache may keep them
     * ({@code no-store}, RFC 9111 §5.2.2.5): {@code GET /data} always asks us.
     */
    public static HttpResponse response(int status, Object value) {
        // The newline is for people: curl's output ends cleanly, and the prompt starts on a line of its own.
        return HttpResponse.json(status, write(value) + "\n").withHeader("Cache-Control", "no-store");
    }

    /** {@code value} as compact JSON text. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Gate 1: a POST or PUT without a body has nothing for us to store. */
    static void requireBody(HttpRequest request) {
        if (request.bodyText().isBlank()) {
            throw new ApiException(Status.BAD_REQUEST, "the request has no body: send a JSON object");
        }
    }

    // Exercise 6.1
    /**
     * Gate 2: {@code Content-Type: application/json}, the media type compared without regard to
     * case (RFC 9110 §8.3.1). JSON is UTF-8 (RFC 8259 §8.1), so {@code charset=utf-8} may be
     * there, and any other charset is refused.
     */
    static void requireJsonContentType(HttpRequest request) {
        String contentType = request.header("Content-Type").orElseThrow(() -> unsupported("the request has no Content-Type"));
        String mediaType = mediaType(contentType);
        if (!mediaType.equals(MEDIA_TYPE)) {
            throw unsupported("Content-Type " + mediaType + " is not JSON");
        }
        Optional<String> charset = parameter(contentType, "charset");
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
            throw unsupported("JSON must be UTF-8, not " + charset.get());
        }
    }

    private static ApiException unsupported(String problem) {
        return new ApiException(Status.UNSUPPORTED_MEDIA_TYPE, problem + "; send Content-Type: " + MEDIA_TYPE);
    }

    /** {@code "Application/JSON; charset=utf-8"} → {@code "application/json"}. */
    static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The value of one {@code ; name=value} parameter of a media type, without quotes. */
    static Optional<String> parameter(String contentType, String name) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] nameAndValue = parts[i].split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase(name)) {
                return Optional.of(unquote(nameAndValue[1].strip()));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    /** Gate 3: bytes → tree. Anything Jackson cannot read is a 400 that says where it stopped. */
    static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ApiException(Status.BAD_REQUEST, "invalid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    /** {@code " at line 2, column 7"}, or nothing when Jackson could not tell (a limit, say). */
    static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Gate 4 for records: tree → Java object. JSON of the wrong shape is a 422 naming the field. */
    static <T> T bind(ObjectNode object, Class<T> type) {
        try {
            return MAPPER.treeToValue(object, type);
        } catch (JacksonException e) {
            String field = field(e);
            if (field.isEmpty()) {
                throw new ApiException(Status.UNPROCESSABLE_CONTENT, e.getOriginalMessage());
            }
            String problem = problem(e);
            throw new ApiException(Status.UNPROCESSABLE_CONTENT, "invalid field '" + field + "': " + problem,
                    Map.of(field, problem));
        }
    }

    /** Where in the document Jackson failed, as a path: {@code email}, {@code tags[2]}, {@code address.city}. */
    static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What was wrong with the field, in words a client developer understands without reading our code. */
    static String problem(JacksonException e) {
        if (e instanceof PropertyBindingException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field; the fields are " + known;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + kind(mismatch.getTargetType());
        }
        return "has the wrong type or value";
    }

    /** How a JSON value is called in an error message: "a string", "an array"... */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL, MISSING -> "null";
        };
    }

    /** How the JSON for a Java type is called: a {@code Long} field wants "a whole number". */
    static String kind(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a JSON value for " + type.getSimpleName();
    }
}
