package httpfromscratch.docs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns headings into the anchors GitHub gives them, the way its github-slugger does: take the
 * heading's text as rendered, lowercase it, drop punctuation and symbols (letters of any script,
 * digits, {@code -}, {@code _} and spaces stay), turn each space into {@code -}. A repeated heading
 * gets {@code -1}, {@code -2}, … so one slugger serves one file.
 */
final class Slugger {

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern EMPHASIS_UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private final Map<String, Integer> occurrences = new HashMap<>();

    String slug(String heading) {
        String lowercase = rendered(heading).toLowerCase(Locale.ROOT);
        String base = REMOVED.matcher(lowercase).replaceAll("").replace(' ', '-');
        String slug = base;
        while (occurrences.containsKey(slug)) {
            int count = occurrences.merge(base, 1, Integer::sum);
            slug = base + "-" + count;
        }
        occurrences.putIfAbsent(slug, 0);
        return slug;
    }

    /**
     * The heading as GitHub displays it: link and code text kept, markup gone. Code spans are
     * literal, so underscores inside them stay; outside they are emphasis unless inside a word.
     */
    static String rendered(String heading) {
        String text = IMAGE.matcher(heading).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(text);
        int from = 0;
        while (code.find()) {
            out.append(EMPHASIS_UNDERSCORES.matcher(text.substring(from, code.start())).replaceAll(""));
            out.append(code.group(2).strip());
            from = code.end();
        }
        out.append(EMPHASIS_UNDERSCORES.matcher(text.substring(from)).replaceAll(""));
        return out.toString().replaceAll("&#?\\w+;", "").strip();
    }
}
