package httpfromscratch.docs;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks, run over the repository's real markdown: README.md, docs/*.md and any *.md in a step
 * module. One test per excerpt, link and transcript, named by file and line, so a failure says
 * exactly what to fix. The conventions are explained in docs/writing-chapters.md.
 */
class ChaptersTest {

    private static final Repository REPOSITORY = Repository.locate();
    private static final List<Markdown> MARKDOWN = REPOSITORY.markdown();

    @TestFactory
    Stream<DynamicTest> everyExcerptIsStillTheCodeInItsModule() {
        return MARKDOWN.stream().flatMap(chapter -> chapter.directives("from").stream()
                .map(from -> test(chapter, from.line(), "from " + from.argument(),
                        () -> ExcerptCheck.check(REPOSITORY, chapter, from))));
    }

    @TestFactory
    Stream<DynamicTest> everyRelativeLinkAndAnchorResolves() {
        return MARKDOWN.stream().flatMap(page -> page.links().stream()
                .filter(link -> !LinkCheck.isExternal(link))
                .map(link -> test(page, link.line(), "→ " + link.target(),
                        () -> LinkCheck.check(REPOSITORY, page, link))));
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptIsWhatTheServerAnswers() {
        return MARKDOWN.stream().flatMap(chapter -> chapter.directives("try").stream()
                .map(tryIt -> test(chapter, tryIt.line(), "try " + tryIt.argument(),
                        () -> TranscriptCheck.check(REPOSITORY, chapter, tryIt))));
    }

    /** A test named "docs/02-parser.md:45 from …" that an IDE can open at that line. */
    private static DynamicTest test(Markdown file, int line, String what, Executable check) {
        URI source = URI.create(file.file().toUri() + "?line=" + line);
        return dynamicTest(file.at(line) + " " + what, source, check);
    }
}
