package httpfromscratch.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A user of the {@code /users} resource. Jackson maps JSON to this record and back by the
 * component names: {@code {"id":1,"name":"Ada","email":"ada@example.com"}}.
 *
 * <p>Every component is nullable (a {@code Long}, not a {@code long}): the client leaves {@code id}
 * out, and a missing {@code name} must reach {@link #problems()} as a null rather than fail earlier
 * with a less helpful message.
 */
public record User(Long id, String name, String email) {

    /**
     * A deliberately simple rule: something, {@code @}, a domain with a dot inside, no spaces.
     * It catches typos like {@code ada.example.com}; the only real test of an address is to send
     * it a message.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** This user with the id the store handed out. */
    public User withId(long newId) {
        return new User(newId, name, email);
    }

    /** Every invalid field with what is wrong with it, in field order; empty when the user is valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "is required and must not be blank");
        }
        if (email == null) {
            problems.put("email", "is required");
        } else if (!isEmailAddress(email)) {
            problems.put("email", "must be an email address like ada@example.com");
        }
        return problems;
    }

    static boolean isEmailAddress(String text) {
        return EMAIL.matcher(text).matches();
    }
}
