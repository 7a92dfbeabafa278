package httpfromscratch.socket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line every step's {@code main} shares: {@code --port N} (or the {@code PORT}
 * environment variable, or 8080), plus any other {@code --name value} or {@code --flag} a step
 * needs, such as step 5's {@code --token}.
 */
public record ServerOptions(int port, Map<String, String> options) {

    public static final int DEFAULT_PORT = 8080;

    public ServerOptions {
        options = Map.copyOf(options);
    }

    /** Parses {@code --name value} pairs and bare {@code --flag}s; {@code env} supplies {@code PORT}. */
    public static ServerOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        List<String> words = List.of(args);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new IllegalArgumentException("expected an option like --port 8080, got '" + word + "'");
            }
            String name = word.substring(2);
            boolean hasValue = i + 1 < words.size() && !words.get(i + 1).startsWith("--");
            options.put(name, hasValue ? words.get(++i) : "");
        }
        String port = options.getOrDefault("port", env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT)));
        return new ServerOptions(parsePort(port), options);
    }

    public static ServerOptions parse(String[] args) {
        return parse(args, System.getenv());
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("port must be a number from 0 to 65535, got '" + text + "'");
    }
}
