package httpfromscratch.tester;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks stages make on one exchange. Each either returns quietly or throws a
 * {@link StageFailure} that points at the first wrong byte of the response.
 */
final class Expect {

    private Expect() {
    }

    static StageFailure failure(String problem, String expected, String hint, Exchange exchange, int wrongAt) {
        return new StageFailure(problem, expected, hint, exchange, wrongAt);
    }

    static void status(Exchange exchange, int code, String hint) {
        int actual = exchange.reply().status();
        if (actual != code) {
            int wrongAt = Bytes.firstDifference(exchange.received(), 0, Bytes.ascii("HTTP/1.1 " + code));
            throw failure("expected status " + code + ", got " + actual, "a status line that starts with HTTP/1.1 " + code,
                    hint, exchange, wrongAt);
        }
    }

    static void version(Exchange exchange, String version, String hint) {
        String actual = exchange.reply().version();
        if (!actual.equals(version)) {
            int wrongAt = Bytes.firstDifference(exchange.received(), 0, Bytes.ascii(version));
            throw failure("expected a status line with " + version + ", got " + actual, "a status line that starts with "
                    + version, hint, exchange, wrongAt);
        }
    }

    static void statusIn(Exchange exchange, int from, int to, String expected, String hint) {
        int actual = exchange.reply().status();
        if (actual < from || actual > to) {
            throw failure("expected " + expected + ", got " + actual, expected, hint, exchange, "HTTP/1.1 ".length());
        }
    }

    /** The field's value; fails when the response has no such field. */
    static String header(Exchange exchange, String name, String hint) {
        Optional<String> value = exchange.reply().header(name);
        if (value.isEmpty()) {
            throw failure("the response has no " + name + " header", "a " + name + " header", hint, exchange,
                    exchange.headEnd());
        }
        return value.get();
    }

    static void headerEquals(Exchange exchange, String name, String expected, String hint) {
        String value = header(exchange, name, hint);
        if (!value.equals(expected)) {
            throw failure(name + " is '" + value + "', expected '" + expected + "'", name + ": " + expected, hint,
                    exchange, Bytes.firstDifference(exchange.received(), exchange.valueStart(name), Bytes.ascii(expected)));
        }
    }

    /** The value starts with {@code prefix}, ignoring case (media types and schemes are case-insensitive). */
    static void headerStartsWith(Exchange exchange, String name, String prefix, String hint) {
        String value = header(exchange, name, hint);
        if (!value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            int start = exchange.valueStart(name);
            throw failure(name + " is '" + value + "', expected it to start with '" + prefix + "'",
                    name + ": " + prefix + "…", hint, exchange, start + commonPrefix(value, prefix));
        }
    }

    /** A comma-separated field lists {@code token}, in any case. */
    static void headerLists(Exchange exchange, String name, String token, String hint) {
        String value = header(exchange, name, hint);
        boolean listed = Arrays.stream(value.split(",")).map(String::strip).anyMatch(token::equalsIgnoreCase);
        if (!listed) {
            throw failure(name + " is '" + value + "', which does not list " + token, name + ": …" + token + "…", hint,
                    exchange, exchange.valueStart(name));
        }
    }

    static void noHeader(Exchange exchange, String name, String why, String hint) {
        if (exchange.reply().header(name).isPresent()) {
            int at = exchange.valueStart(name);
            throw failure("the response has a " + name + " header; " + why, "no " + name + " header", hint, exchange,
                    at - name.length() - 2);
        }
    }

    static void body(Exchange exchange, byte[] expected, String hint) {
        byte[] body = exchange.reply().body();
        if (!Arrays.equals(body, expected)) {
            int wrong = Arrays.mismatch(body, expected);
            throw failure("the body is not what was expected (" + body.length + " bytes, expected " + expected.length
                    + "); the first difference is at byte " + wrong + " of the body",
                    expected.length <= 200 ? "the body\n" + Bytes.show(expected) : "the " + expected.length + " bytes expected",
                    hint, exchange, exchange.bodyStart() + wrong);
        }
    }

    /** The body is {@code line}, with or without one newline after it (the course's demo pages add one). */
    static void bodyLine(Exchange exchange, String line, String hint) {
        byte[] withNewline = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(exchange.reply().body(), withNewline)) {
            body(exchange, line.getBytes(StandardCharsets.UTF_8), hint);
        }
    }

    static void emptyBody(Exchange exchange, String why, String hint) {
        if (exchange.reply().body().length != 0) {
            throw failure("the response has a body; " + why, "no body at all", hint, exchange, exchange.bodyStart());
        }
    }

    private static int commonPrefix(String value, String expected) {
        int i = 0;
        while (i < value.length() && i < expected.length()
                && Character.toLowerCase(value.charAt(i)) == Character.toLowerCase(expected.charAt(i))) {
            i++;
        }
        return i;
    }
}
