package httpfromscratch.classroom;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The anchor GitHub gives a heading: its text as rendered (links and code keep their text, markup
 * goes), lowercased, with punctuation and symbols dropped (letters, digits, {@code -}, {@code _}
 * and spaces stay), and each space turned into {@code -}. So
 * {@code ### Exercise 2.1: Split the request line} is {@code #exercise-21-split-the-request-line}.
 *
 * <p>Exercise headings are unique, so the {@code -1}, {@code -2} GitHub appends to repeated headings
 * never comes into play here.
 */
final class Slugs {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private Slugs() {
    }

    static String of(String heading) {
        String rendered = HTML_TAG.matcher(LINK.matcher(IMAGE.matcher(heading).replaceAll("")).replaceAll("$1"))
                .replaceAll("").strip();
        return REMOVED.matcher(rendered.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
