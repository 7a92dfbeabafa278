package httpfromscratch.docs;

import static httpfromscratch.docs.Fixtures.only;
import static httpfromscratch.docs.Fixtures.withTitlesStarting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import httpfromscratch.docs.Markdown.Directive;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The excerpt check on fixtures/docs/excerpts.md, which quotes fixtures/src/Greeter.java. */
class ExcerptCheckTest {

    private static final Markdown CHAPTER = Fixtures.read("docs/excerpts.md");
    private static final Map<String, List<Directive>> CASES =
            Fixtures.bySection(CHAPTER, CHAPTER.directives("from"), Directive::line);

    @TestFactory
    Stream<DynamicTest> excerptsThatMatchTheirSourcePass() {
        return withTitlesStarting(CASES, "Passes:").entrySet().stream().flatMap(section -> section.getValue().stream()
                .map(from -> dynamicTest(section.getKey(), () -> assertThatCode(() -> check(from)).doesNotThrowAnyException())));
    }

    @TestFactory
    Stream<DynamicTest> excerptsThatDriftedFailAtTheirLine() {
        return withTitlesStarting(CASES, "Fails:").entrySet().stream().flatMap(section -> section.getValue().stream()
                .map(from -> dynamicTest(section.getKey(), () -> assertFails(from)
                        .hasMessageStartingWith("docs/excerpts.md:" + from.line() + ": "))));
    }

    @Test
    void aChangedLineIsNamedWithWhatTheFileHasInstead() {
        Directive from = only(CASES, "Fails: a changed line");
        assertFails(from).hasMessageContainingAll(
                "the excerpt no longer matches src/Greeter.java",
                "chapter line " + (from.line() + 3) + " is not in the file:\n          if (name.isEmpty()) {",
                "match the file at line 14, which goes on with line 15:\n          if (name.isBlank()) {");
    }

    @Test
    void relativeIndentationMustMatch() {
        assertFails(only(CASES, "Fails: a different relative indentation")).hasMessageContainingAll(
                "is not in the file:\n      if (name.isBlank()) {",
                "which goes on with line 15:\n          if (name.isBlank()) {");
    }

    @Test
    void partsMustBeInFileOrder() {
        assertFails(only(CASES, "Fails: parts out of file order")).hasMessageContaining("parts must be in file order");
    }

    @Test
    void aLineNowhereInTheFileIsNamed() {
        assertFails(only(CASES, "Fails: a line that is nowhere")).hasMessageContaining("int unrelated = 42;");
    }

    @Test
    void aMissingFileFails() {
        assertFails(only(CASES, "Fails: a file that does not exist"))
                .hasMessageContaining("<!-- from: src/Nowhere.java --> names no file");
    }

    @Test
    void aCommentWithoutACodeBlockFails() {
        assertFails(only(CASES, "Fails: no code block")).hasMessageContaining("must be directly above a fenced code block");
    }

    @Test
    void aCommentInsideAFenceIsAnExampleNotACheck() {
        assertThat(CASES.keySet()).noneMatch(title -> title.startsWith("Ignored:"));
        assertThat(CHAPTER.fences().getLast().lines()).contains("<!-- from: src/Nowhere.java -->", "```java");
    }

    @Test
    void aNearMissNamesTheClosestLine() {
        assertThat(Closest.editDistance("return name;", "return names;")).isEqualTo(1);
        assertThat(Closest.to("return nme;", List.of("}", "return name;", "return 1;"))).contains("return name;");
        assertThat(Closest.to("int unrelated = 42;", List.of("}", "public final class Greeter {"))).isEmpty();
    }

    private static void check(Directive from) throws Exception {
        ExcerptCheck.check(Fixtures.REPOSITORY, CHAPTER, from);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(Directive from) {
        return assertThatThrownBy(() -> check(from)).isInstanceOf(AssertionError.class);
    }
}
