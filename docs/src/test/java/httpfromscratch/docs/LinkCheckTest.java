package httpfromscratch.docs;

import static httpfromscratch.docs.Fixtures.withTitlesStarting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import httpfromscratch.docs.Markdown.Link;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The link check on fixtures/docs/links.md, which links to fixtures/docs/target.md and others. */
class LinkCheckTest {

    private static final Markdown PAGE = Fixtures.read("docs/links.md");
    private static final Map<String, List<Link>> CASES = Fixtures.bySection(PAGE, PAGE.links(), Link::line);

    @TestFactory
    Stream<DynamicTest> linksThatResolvePass() {
        return withTitlesStarting(CASES, "Passes:").values().stream().flatMap(List::stream)
                .map(link -> dynamicTest(link.target(), () -> {
                    assertThat(LinkCheck.isExternal(link)).isFalse();
                    assertThatCode(() -> check(link)).doesNotThrowAnyException();
                }));
    }

    @TestFactory
    Stream<DynamicTest> brokenLinksFailAtTheirLine() {
        return withTitlesStarting(CASES, "Fails:").values().stream().flatMap(List::stream)
                .map(link -> dynamicTest(link.target().isEmpty() ? "(empty)" : link.target(), () -> assertFails(link)
                        .hasMessageStartingWith("docs/links.md:" + link.line() + ": link (" + link.target() + ")")));
    }

    @Test
    void externalLinksAreLeftAlone() {
        assertThat(withTitlesStarting(CASES, "Skipped:").values().stream().flatMap(List::stream))
                .hasSize(2)
                .allMatch(LinkCheck::isExternal);
    }

    @Test
    void linksInCodeAndCommentsAreNotLinks() {
        assertThat(PAGE.links()).extracting(Link::target).noneMatch(target -> target.contains("ignored"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertFails(linkTo("missing.md")).hasMessageEndingWith("there is no docs/missing.md");
        assertFails(linkTo("targte.md")).hasMessageEndingWith("there is no docs/targte.md; did you mean target.md?");
    }

    @Test
    void aMissingAnchorListsTheAnchorsThereAre() {
        assertFails(linkTo("target.md#no-such-heading")).hasMessageContainingAll(
                "docs/target.md has no heading with anchor #no-such-heading",
                "its anchors: #target, #hello-world, #the-headers-type--host");
    }

    @Test
    void anchorsAreCaseSensitiveAndCountRepeats() {
        assertFails(linkTo("target.md#Hello-World"))
                .hasMessageContaining("no heading with anchor #Hello-World; did you mean #hello-world?");
        assertFails(linkTo("target.md#repeat-3")).hasMessageContaining("no heading with anchor #repeat-3");
    }

    @Test
    void aLineAnchorMustBeInsideTheFile() {
        assertFails(linkTo("../src/Greeter.java#L999")).hasMessageContaining("src/Greeter.java has only 24 lines");
    }

    @Test
    void aLinkOutOfTheRepositoryFails() {
        assertFails(linkTo("../../../../../../outside.md")).hasMessageContaining("points outside the repository");
    }

    private static Link linkTo(String target) {
        return PAGE.links().stream().filter(link -> link.target().equals(target)).findFirst().orElseThrow();
    }

    private static void check(Link link) throws Exception {
        LinkCheck.check(Fixtures.REPOSITORY, PAGE, link);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(Link link) {
        return assertThatThrownBy(() -> check(link)).isInstanceOf(AssertionError.class);
    }
}
