package httpfromscratch.middleware;

import httpfromscratch.socket.ServerOptions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * The layers this step puts around an application, in the one order that works. A later step
 * can put the same stack around its own routes: {@code MiddlewareStack.standard(config, log).wrap(routes)}.
 */
public final class MiddlewareStack {

    /**
     * What the stack needs to know about the application.
     *
     * @param allowedOrigins  web sites whose scripts may call us (CORS), such as {@code http://localhost:3000}
     * @param protectedPrefix the path under which a bearer token is required, such as {@code /api}
     * @param token           that token
     */
    public record Config(Set<String> allowedOrigins, String protectedPrefix, String token) {

        /** The one web site whose scripts may call the demo servers: a front end's development server. */
        public static final String FRONT_END_ORIGIN = "http://localhost:3000";

        /** Every path under this needs the token. */
        public static final String PROTECTED_PREFIX = "/api";

        public Config {
            allowedOrigins = Set.copyOf(allowedOrigins);
        }

        /** The command-line option that replaces {@link #FRONT_END_ORIGIN}: a comma-separated list. */
        public static final String ALLOW_ORIGIN_OPTION = "allow-origin";

        /** The settings of the demo servers of steps 5 to 7: {@code /api} needs {@code token}. */
        public static Config demo(String token) {
            return new Config(Set.of(FRONT_END_ORIGIN), PROTECTED_PREFIX, token);
        }

        /**
         * The demo's settings, with the origins given as {@code --allow-origin
         * http://localhost:5173,https://app.example} instead of the default front end.
         */
        public static Config demo(String token, ServerOptions options) {
            Set<String> origins = options.option(ALLOW_ORIGIN_OPTION)
                    .map(Config::origins)
                    .orElse(Set.of(FRONT_END_ORIGIN));
            return new Config(origins, PROTECTED_PREFIX, token);
        }

        /** {@code "http://a, http://b"} → {@code [http://a, http://b]}; origins are compared exactly, so no trailing slash. */
        static Set<String> origins(String list) {
            return Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(origin -> !origin.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    private MiddlewareStack() {
    }

    // Exercise 5.1
    /**
     * Outermost first; each comment says why its layer sits where it does. Access log lines and
     * the stack traces of failed requests both go to {@code log}.
     */
    public static Middleware standard(Config config, Consumer<String> log) {
        return Middleware.chain(
                // Outermost: every layer below, the log line included, sees the id, and every
                // response carries it, even one a layer below made up.
                new RequestIds(),
                // Around everything that can change the status, so it logs what the client got:
                // the 401 from auth, the 204 of a preflight, the 500 from a failed handler.
                new AccessLog(log),
                // Outside error handling and auth, so 401s and 500s carry CORS headers too (a
                // page can read why it failed), and a preflight, which never has a token, is
                // answered before auth could refuse it.
                new Cors(config.allowedOrigins()),
                // Catches what everything inside throws, auth and compression included, and turns
                // it into a JSON response that CORS and the log then see like any other.
                new ErrorHandling(log),
                // Only requests that got this far need a token; only those with one go further.
                new BearerAuth(config.protectedPrefix(), config.token()),
                // Innermost: it changes only the application's own body, and the log, further
                // out, counts the compressed bytes, the ones that travel.
                new Compression());
    }
}
