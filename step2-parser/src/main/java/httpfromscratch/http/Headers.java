package httpfromscratch.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The header fields of a message: ordered, repeatable, and looked up case-insensitively
 * (RFC 9110 §5.1: "Content-Length" and "content-length" are the same field).
 *
 * <p>Immutable: {@link #with} and {@link #without} return a copy. Names must be tokens and values
 * may not contain CR, LF or NUL, so a header can never smuggle a second header or a body into a
 * message we write (header injection).
 */
public final class Headers {

    /** One header line: {@code name: value}. */
    public record Field(String name, String value) {

        public Field {
            if (!Syntax.isToken(name)) {
                throw new IllegalArgumentException("header name must be a token: '" + name + "'");
            }
            if (!Syntax.isFieldValue(value)) {
                throw new IllegalArgumentException("header value must not contain control characters: " + name);
            }
        }
    }

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Field> fields;

    private Headers(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** {@code Headers.of("Content-Type", "text/plain", "X-Id", "7")}: name, value, name, value... */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs");
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Headers(fields);
    }

    public static Headers of(List<Field> fields) {
        return new Headers(fields);
    }

    /** The first value of {@code name}, whatever its case. */
    public Optional<String> first(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in the order received. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                values.add(field.value());
            }
        }
        return Collections.unmodifiableList(values);
    }

    public boolean contains(String name) {
        return first(name).isPresent();
    }

    /** A copy with one more field; an existing field of the same name stays (headers repeat). */
    public Headers with(String name, String value) {
        List<Field> copy = new ArrayList<>(fields);
        copy.add(new Field(name, value));
        return new Headers(copy);
    }

    /** A copy where {@code name} has exactly this one value. */
    public Headers replace(String name, String value) {
        return without(name).with(name, value);
    }

    /** A copy without any field called {@code name}; these headers themselves when there is none. */
    public Headers without(String name) {
        if (!contains(name)) {
            return this; // immutable, so nobody can tell it from a copy; the writer asks this of every response
        }
        List<Field> kept = new ArrayList<>();
        for (Field field : fields) {
            if (!field.name().equalsIgnoreCase(name)) {
                kept.add(field);
            }
        }
        return new Headers(kept);
    }

    public List<Field> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
