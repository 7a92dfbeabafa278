package httpfromscratch.middleware;

import httpfromscratch.socket.ServerOptions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The token {@code /api} asks for: {@code --token}, else the {@code API_TOKEN} environment
 * variable, else a new random one that {@code main} prints at start-up.
 *
 * @param value     what a client sends after {@code Authorization: Bearer }
 * @param generated true when we made it up, because nobody gave us one
 */
public record ApiToken(String value, boolean generated) {

    public static final String ENVIRONMENT_VARIABLE = "API_TOKEN";

    /** 256 random bits: nobody guesses that, however many requests they send. */
    static final int RANDOM_BYTES = 32;

    public static ApiToken choose(ServerOptions options, Map<String, String> environment) {
        Optional<String> given = nonBlank(options.option("token").orElse(null))
                .or(() -> nonBlank(environment.get(ENVIRONMENT_VARIABLE)));
        return given.map(token -> new ApiToken(token, false)).orElseGet(ApiToken::generate);
    }

    /** {@code --token} without a value, or {@code API_TOKEN=""}, counts as not given. */
    private static Optional<String> nonBlank(String token) {
        return Optional.ofNullable(token).filter(value -> !value.isBlank());
    }

    /**
     * {@code SecureRandom}, not {@code Random}: the output of {@code Random} can be predicted from a
     * few samples. URL-safe base64 without padding, so the token can go in a header, a URL or a
     * shell command unchanged.
     */
    static ApiToken generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new ApiToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }
}
