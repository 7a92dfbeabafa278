package httpfromscratch.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as HTTP writes them (RFC 9110 §5.6.7, "IMF-fixdate"): {@code Sun, 06 Nov 1994 08:49:37 GMT}.
 * Always English names, always GMT, always two-digit days.
 */
public final class HttpDate {

    // Not DateTimeFormatter.RFC_1123_DATE_TIME: it writes "Sun, 6 Nov", and HTTP wants "06".
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The last second we formatted, and its text: a busy server formats the same second many times. */
    private record Cached(long epochSecond, String text) {
    }

    private static volatile Cached cached = new Cached(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The current time, formatted; computed at most once per second. */
    public static String now() {
        long second = Instant.now().getEpochSecond();
        Cached last = cached;
        if (last.epochSecond() != second) {
            last = new Cached(second, format(Instant.ofEpochSecond(second)));
            cached = last;
        }
        return last.text();
    }

    /** Reads an IMF-fixdate; empty for anything else (RFC 9110 says to ignore an invalid date). */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text, FORMAT).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
