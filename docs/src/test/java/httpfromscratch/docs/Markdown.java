package httpfromscratch.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a markdown file the checks look at: fenced code blocks, the {@code <!-- from: -->}
 * and {@code <!-- try: -->} comments above them, links, and the anchors its headings make.
 *
 * <p>Not a full CommonMark parser, just enough for our chapters: anything inside a fenced block is
 * code (so examples of the conventions go in a fence), a comment or link counts only outside one.
 * Line numbers start at 1, as an editor shows them.
 */
final class Markdown {

    /** A fenced code block: the line of its opening fence, its info string ("java"), its lines. */
    record Fence(int line, String info, List<String> lines) {

        int lineOf(int index) {
            return line + 1 + index;
        }
    }

    /** A {@code <!-- kind: argument -->} comment, and the fenced block right below it, if any. */
    record Directive(String kind, String argument, int line, Optional<Fence> fence) {

        Directive above(Fence block) {
            return new Directive(kind, argument, line, Optional.of(block));
        }
    }

    record Link(int line, String target) {
    }

    record Heading(int line, String text, String anchor) {
    }

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}(?=[^`]*$)|~{3,})\\s*(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!--\\s*(from|try):\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern NOT_A_PARAGRAPH = Pattern.compile("^\\s*([#>*+|<-]|\\d+[.)]\\s).*");
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`).+?(?<!`)\\1(?!`)");
    private static final Pattern INLINE_LINK =
            Pattern.compile("]\\(\\s*(<[^>]*>|(?:[^()\\s]|\\([^()\\s]*\\))*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^ {0,3}\\[(?!\\^)[^]]+]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HTML_LINK =
            Pattern.compile("<(?:a|img)\\b[^>]*?\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HTML_ANCHOR =
            Pattern.compile("<[a-z][^>]*?\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");

    private final Path file;
    private final String name;
    private final List<Fence> fences = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final Set<String> htmlAnchors = new LinkedHashSet<>();

    private Markdown(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    static Markdown read(Repository repository, Path file) {
        try {
            return parse(file, repository.relative(file), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Markdown parse(Path file, String name, String text) {
        Markdown markdown = new Markdown(file, name);
        markdown.parse(text.lines().toList());
        return markdown;
    }

    private void parse(List<String> lines) {
        Slugger slugger = new Slugger();
        Directive waiting = null; // a comment whose fence should come next
        boolean inComment = false;
        String paragraph = null; // the previous line, if it could be a setext heading's text
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            Matcher fence = FENCE.matcher(line);
            if (!inComment && fence.matches()) {
                i = readFence(lines, i, fence);
                if (waiting != null) {
                    directives.add(waiting.above(fences.getLast()));
                    waiting = null;
                }
                paragraph = null;
                continue;
            }
            if (waiting != null && !line.isBlank()) {
                directives.add(waiting); // no fence below it: the check reports that
                waiting = null;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (!inComment && directive.matches()) {
                waiting = new Directive(directive.group(1), directive.group(2), number, Optional.empty());
                paragraph = null;
                continue;
            }
            String visible = withoutComments(line, inComment);
            if (!inComment) {
                readHeading(line, paragraph, number, slugger);
            }
            inComment = endsInsideComment(line, inComment);
            readLinks(visible, number);
            paragraph = line.isBlank() || NOT_A_PARAGRAPH.matcher(line).matches() ? null : line;
        }
        if (waiting != null) {
            directives.add(waiting);
        }
    }

    /** Reads the fenced block opening at line {@code start}; returns the index of its closing fence. */
    private int readFence(List<String> lines, int start, Matcher opening) {
        int indent = opening.group(1).length();
        String marker = opening.group(2);
        Pattern closing = Pattern.compile("^\\s*" + Pattern.quote(marker) + marker.charAt(0) + "*\\s*$");
        List<String> content = new ArrayList<>();
        int i = start + 1;
        for (; i < lines.size() && !closing.matcher(lines.get(i)).matches(); i++) {
            content.add(removeIndent(lines.get(i), indent));
        }
        fences.add(new Fence(start + 1, opening.group(3).trim(), List.copyOf(content)));
        return i;
    }

    private void readHeading(String line, String paragraph, int number, Slugger slugger) {
        Matcher atx = ATX_HEADING.matcher(line);
        Matcher setext = SETEXT_UNDERLINE.matcher(line);
        String text = atx.matches() ? (atx.group(2) == null ? "" : atx.group(2))
                : paragraph != null && setext.matches() ? paragraph.strip()
                : null;
        if (text != null) {
            headings.add(new Heading(atx.matches() ? number : number - 1, text, slugger.slug(text)));
        }
        Matcher anchor = HTML_ANCHOR.matcher(line);
        while (anchor.find()) {
            htmlAnchors.add(anchor.group(1));
        }
    }

    private void readLinks(String line, int number) {
        String text = CODE_SPAN.matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
        TreeMap<Integer, String> targets = new TreeMap<>(); // by position, so links come in reading order
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
            Matcher link = pattern.matcher(text);
            while (link.find()) {
                targets.put(link.start(1), link.group(1).replaceAll("^<(.*)>$", "$1"));
            }
        }
        targets.values().forEach(target -> links.add(new Link(number, target)));
    }

    /** The line with HTML comments blanked out, given whether it starts inside one. */
    private static String withoutComments(String line, boolean inComment) {
        String text = inComment ? "<!--" + line : line;
        return text.replaceAll("<!--.*?(-->|$)", " ");
    }

    private static boolean endsInsideComment(String line, boolean inComment) {
        String rest = (inComment ? "<!--" + line : line).replaceAll("<!--.*?-->", " ");
        return rest.contains("<!--");
    }

    private static String removeIndent(String line, int indent) {
        int strip = 0;
        while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
            strip++;
        }
        return line.substring(strip);
    }

    Path file() {
        return file;
    }

    /** The file's path relative to the repository root, as messages show it. */
    String name() {
        return name;
    }

    /** "docs/02-parser.md:45", the way editors and terminals link to a line. */
    String at(int line) {
        return name + ":" + line;
    }

    List<Fence> fences() {
        return fences;
    }

    List<Directive> directives(String kind) {
        return directives.stream().filter(directive -> directive.kind().equals(kind)).toList();
    }

    List<Link> links() {
        return links;
    }

    List<Heading> headings() {
        return headings;
    }

    /** Every {@code #fragment} a link into this file may use: heading slugs and HTML ids. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        headings.forEach(heading -> anchors.add(heading.anchor()));
        anchors.addAll(htmlAnchors);
        return anchors;
    }
}
