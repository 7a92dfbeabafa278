package httpfromscratch.tester;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the tester needs to know about the server under test. Each default matches the reference
 * {@code main} of the step that uses it, so a reference server passes without options.
 *
 * @param step           test the stages of steps 1 to this one
 * @param host           where the server listens; loopback by default
 * @param port           its port
 * @param seed           seeds every random word, id and length; printed, so a run can be replayed
 * @param patience       how long to wait for any one response
 * @param echo           step 1 only: the server is chapter 1's echo server, not its hello server
 * @param staticPrefix   step 4: the URL prefix the folder is mounted under
 * @param staticDir      step 4: the folder the server serves, read here to know what each file holds
 * @param token          step 5: the bearer token the server accepts under {@code /api}
 * @param protectedPath  step 5: a path behind the token, whose response is worth compressing
 * @param origin         step 5: the one origin the server's CORS allows
 * @param requestTimeout step 7: how long the server gives a client to send a whole request
 */
record Options(int step, String host, int port, long seed, Duration patience, boolean echo, String staticPrefix,
        Path staticDir, String token, String protectedPath, String origin, Duration requestTimeout) {

    static final String USAGE = """
            usage: classroom/run check --step N --port P [options]
              --seed N              replay a run: the same words, ids and lengths
              --wait 5s             how long to wait for one response
              --echo                step 1: the server echoes bytes instead of saying hello
              --static-prefix /static/
              --static-dir step4-static/src/main/resources/site
                                    step 4: the folder your server serves, and its URL prefix
              --token secret        step 5: the bearer token for the protected path
              --protected /api/data step 5: a path behind the token, with a body over 256 bytes
              --origin http://localhost:3000
                                    step 5: the origin your CORS allows
              --request-timeout 10s step 7: how long your server waits for a whole request
            (see docs/classroom.md#a-tester-for-any-server)""";

    static Options defaults(int step, int port) {
        return new Options(step, "localhost", port, new Random().nextLong(), Duration.ofSeconds(5), false, "/static/",
                Path.of("step4-static/src/main/resources/site"), "secret", "/api/data", "http://localhost:3000",
                Duration.ofSeconds(10));
    }

    static Options parse(String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        int step = Integer.parseInt(required(args, "--step"));
        if (step < 1 || step > Stages.LAST_STEP) {
            throw new IllegalArgumentException("--step must be 1 to " + Stages.LAST_STEP + ", got " + step);
        }
        Options defaults = defaults(step, Integer.parseInt(required(args, "--port")));
        Options options = new Options(step, option(args, "--host", defaults.host()), defaults.port(),
                Long.parseLong(option(args, "--seed", String.valueOf(defaults.seed()))),
                Durations.parse(option(args, "--wait", "5s")), args.remove("--echo"),
                option(args, "--static-prefix", defaults.staticPrefix()),
                Path.of(option(args, "--static-dir", defaults.staticDir().toString())),
                option(args, "--token", defaults.token()), option(args, "--protected", defaults.protectedPath()),
                option(args, "--origin", defaults.origin()),
                Durations.parse(option(args, "--request-timeout", "10s")));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unexpected " + args);
        }
        return options;
    }

    Options withSeed(long seed) {
        return new Options(step, host, port, seed, patience, echo, staticPrefix, staticDir, token, protectedPath, origin,
                requestTimeout);
    }

    Options withPatience(Duration patience) {
        return new Options(step, host, port, seed, patience, echo, staticPrefix, staticDir, token, protectedPath, origin,
                requestTimeout);
    }

    Options withEcho() {
        return new Options(step, host, port, seed, patience, true, staticPrefix, staticDir, token, protectedPath, origin,
                requestTimeout);
    }

    Options withStaticDir(Path dir) {
        return new Options(step, host, port, seed, patience, echo, staticPrefix, dir, token, protectedPath, origin,
                requestTimeout);
    }

    Options withRequestTimeout(Duration timeout) {
        return new Options(step, host, port, seed, patience, echo, staticPrefix, staticDir, token, protectedPath, origin,
                timeout);
    }

    private static String required(List<String> args, String name) {
        String value = option(args, name, null);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static String option(List<String> args, String name, String otherwise) {
        int at = args.indexOf(name);
        if (at < 0) {
            return otherwise;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        args.remove(at);
        return args.remove(at);
    }
}
