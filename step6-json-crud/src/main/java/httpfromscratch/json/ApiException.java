package httpfromscratch.json;

import httpfromscratch.http.HttpException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request this API refuses, with the status that says why and, for a body that failed
 * validation, what is wrong with each field: {@code {"email": "must be an email address"}}.
 *
 * <p>Handlers throw it from wherever they find the problem (deep inside {@link Json#read}, say);
 * {@link ApiErrors} catches it and answers in the API's one JSON error shape, path included. The
 * request itself was well-formed HTTP, so the connection stays usable.
 */
public class ApiException extends HttpException {

    private final Map<String, String> fields;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, String> fields) {
        super(status, message, false);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // in order, as the client wrote them
    }

    /** Field name → what is wrong with it; empty when the problem is not about one field. */
    public Map<String, String> fields() {
        return fields;
    }
}
