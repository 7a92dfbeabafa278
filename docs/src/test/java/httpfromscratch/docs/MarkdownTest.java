package httpfromscratch.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import httpfromscratch.docs.Markdown.Directive;
import httpfromscratch.docs.Markdown.Fence;
import httpfromscratch.docs.Markdown.Heading;
import httpfromscratch.docs.Markdown.Link;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the markdown reader finds, and what it leaves alone. */
class MarkdownTest {

    @Test
    void findsACommentAndTheFenceBelowIt() {
        Markdown markdown = parse("""
                Intro.

                <!-- from: step2-parser/src/main/java/X.java -->
                ```java
                    int x = 1;
                ```
                """);
        Directive from = markdown.directives("from").getFirst();
        assertThat(from.argument()).isEqualTo("step2-parser/src/main/java/X.java");
        assertThat(from.line()).isEqualTo(3);
        assertThat(from.fence()).contains(new Fence(4, "java", List.of("    int x = 1;")));
        assertThat(from.fence().orElseThrow().lineOf(0)).isEqualTo(5);
    }

    @Test
    void keepsTheArgumentsOfATryComment() {
        Markdown markdown = parse("""
                <!-- try: step5-middleware --token secret -->
                ```console
                $ curl -i http://localhost:8080/
                ```
                """);
        assertThat(markdown.directives("try")).extracting(Directive::argument)
                .containsExactly("step5-middleware --token secret");
        assertThat(markdown.directives("from")).isEmpty();
    }

    @Test
    void aCommentFollowedByProseHasNoFence() {
        Markdown markdown = parse("""
                <!-- from: a/B.java -->
                Prose.

                ```java
                class B {}
                ```
                """);
        assertThat(markdown.directives("from").getFirst().fence()).isEqualTo(Optional.empty());
    }

    @Test
    void ignoresCommentsAndLinksInsideLongerFences() {
        Markdown markdown = parse("""
                ````markdown
                <!-- from: a/B.java -->
                ```java
                [link](nowhere.md)
                ```
                ````
                ~~~
                # not a heading
                ~~~
                """);
        assertThat(markdown.directives("from")).isEmpty();
        assertThat(markdown.links()).isEmpty();
        assertThat(markdown.headings()).isEmpty();
        assertThat(markdown.fences()).extracting(Fence::info).containsExactly("markdown", "");
    }

    @Test
    void findsLinksButNotInInlineCodeOrComments() {
        Markdown markdown = parse("""
                See [the parser](02-parser.md#headers) and ![a diagram](img/flow.svg "Flow").
                Not `[code](code.md)`, not <!-- [a comment](comment.md) -->, but [`Headers`](03.md).
                <!--
                [still a comment](comment.md)
                -->
                [reference]: <04 static.md>
                <img src="img/logo.png"> and [nested ![image](img/in.png)](outer.md)
                """);
        assertThat(markdown.links()).extracting(Link::target).containsExactly("02-parser.md#headers", "img/flow.svg",
                "03.md", "04 static.md", "img/logo.png", "img/in.png", "outer.md");
        assertThat(markdown.links()).extracting(Link::line).containsExactly(1, 1, 2, 6, 7, 7, 7);
    }

    @Test
    void findsAtxAndSetextHeadingsButNotHashtagsOrRules() {
        Markdown markdown = parse("""
                # Title #
                #hashtag is not a heading

                Setext title
                ============

                Paragraph.

                ---
                ## Title
                """);
        assertThat(markdown.headings()).extracting(Heading::line, Heading::anchor)
                .containsExactly(tuple(1, "title"), tuple(4, "setext-title"), tuple(10, "title-1"));
    }

    @Test
    void theExamplesInWritingChaptersAreWhatTheChecksRead() {
        Repository repository = Repository.locate();
        Markdown guide = Markdown.read(repository, repository.root().resolve("docs/writing-chapters.md"));
        assertThat(guide.directives("from")).isEmpty();
        assertThat(guide.directives("try")).isEmpty();

        List<Markdown> examples = guide.fences().stream()
                .filter(fence -> fence.info().equals("markdown"))
                .map(fence -> parse(String.join("\n", fence.lines())))
                .toList();
        assertThat(examples).hasSize(2);
        Fence excerpt = examples.get(0).directives("from").getFirst().fence().orElseThrow();
        assertThat(ExcerptCheck.parts(excerpt)).hasSize(2);
        Fence transcript = examples.get(1).directives("try").getFirst().fence().orElseThrow();
        assertThat(TranscriptCheck.commands(examples.get(1), transcript)).hasSize(2);
    }

    private static Markdown parse(String text) {
        return Markdown.parse(Path.of("test.md").toAbsolutePath(), "test.md", text);
    }
}
