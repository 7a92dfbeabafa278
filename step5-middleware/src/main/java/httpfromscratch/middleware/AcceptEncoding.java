package httpfromscratch.middleware;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code Accept-Encoding} (RFC 9110 §12.5.3): the content codings a client can decode, each
 * with an optional weight from 0 to 1, such as {@code gzip, br;q=0.8, *;q=0}.
 *
 * <p>{@code q=0} means "not acceptable", so {@code gzip;q=0} is a refusal, not a request. A coding
 * the list does not name gets the weight of {@code *}, or 0 when there is no {@code *}.
 */
final class AcceptEncoding {

    /** {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}, RFC 9110 §12.4.2. */
    private static final Pattern Q_VALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private AcceptEncoding() {
    }

    /** True when the client gave {@code coding} a weight above 0. No header at all: we send the body as it is. */
    static boolean accepts(List<String> headerValues, String coding) {
        return weight(headerValues, coding) > 0;
    }

    /** The weight the header values give {@code coding}: its own entry's, else that of {@code *}, else 0. */
    static double weight(List<String> headerValues, String coding) {
        double wildcard = 0;
        for (String value : headerValues) {
            for (String entry : value.split(",")) {
                // The limit -1 keeps empty parts: ";".split(";") is an empty array, and parts[0]
                // would throw on a header as odd as "Accept-Encoding: ;".
                String[] parts = entry.split(";", -1);
                String name = parts[0].strip();
                if (name.equalsIgnoreCase(coding)) {
                    return qValue(parts);
                }
                if (name.equals("*")) {
                    wildcard = qValue(parts);
                }
            }
        }
        return wildcard;
    }

    /** The {@code q} parameter of one entry, split at {@code ;}: 1 when absent, 0 when unreadable. */
    static double qValue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                String weight = parameter.substring(2).strip();
                return Q_VALUE.matcher(weight).matches() ? Double.parseDouble(weight) : 0;
            }
        }
        return 1;
    }
}
