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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The transcript check on fixtures/docs/transcripts.md, run against the real step1-socket server,
 * and on fixtures/docs/steps.md, whose steps are broken on purpose.
 */
class TranscriptCheckTest {

    private static final Markdown CHAPTER = Fixtures.read("docs/transcripts.md");
    private static final Map<String, List<Directive>> CASES =
            Fixtures.bySection(CHAPTER, CHAPTER.directives("try"), Directive::line);
    private static final Markdown STEPS = Fixtures.read("docs/steps.md");
    private static final Map<String, List<Directive>> STEP_CASES =
            Fixtures.bySection(STEPS, STEPS.directives("try"), Directive::line);

    @TestFactory
    Stream<DynamicTest> transcriptsThatMatchTheServerPass() {
        return withTitlesStarting(CASES, "Passes:").entrySet().stream().flatMap(section -> section.getValue().stream()
                .map(tryIt -> dynamicTest(section.getKey(), () -> {
                    assertThatCode(() -> check(tryIt)).doesNotThrowAnyException();
                    assertNoServerLeftRunning();
                })));
    }

    @TestFactory
    Stream<DynamicTest> transcriptsThatDriftedFail() {
        return withTitlesStarting(CASES, "Fails:").entrySet().stream().flatMap(section -> section.getValue().stream()
                .map(tryIt -> dynamicTest(section.getKey(), () -> {
                    assertFails(() -> check(tryIt)).hasMessageStartingWith("docs/transcripts.md:");
                    assertNoServerLeftRunning();
                })));
    }

    @Test
    void aWrongBodyShowsTheCommandAndADiff() {
        Directive tryIt = only(CASES, "Fails: a different body");
        assertFails(() -> check(tryIt)).hasMessageContainingAll(
                "docs/transcripts.md:" + (tryIt.line() + 2) + ": this command printed something else",
                "$ curl -s http://localhost:8080/",
                "--- expected\n+++ actual\n- Hello, Mars!\n+ Hello, World!\n",
                "Hello server listening on http://127.0.0.1:");
    }

    @Test
    void aMissingHeaderIsAMinusLine() {
        assertFails(() -> check(only(CASES, "Fails: a missing header")))
                .hasMessageContaining("  Content-Type: text/plain; charset=utf-8\n+ Content-Length: 14\n  Connection: close\n");
    }

    @Test
    void commandsOfOneBlockRunInOrderAndTheFailingOneIsNamed() {
        Directive tryIt = only(CASES, "Fails: the second command");
        assertFails(() -> check(tryIt)).hasMessageStartingWith("docs/transcripts.md:" + (tryIt.line() + 4) + ": ")
                .hasMessageContaining("- 404\n+ 200\n");
    }

    @Test
    void aBlockMustStartWithACommandAndBeAConsoleBlock() {
        assertFails(() -> check(only(CASES, "Fails: output before"))).hasMessageContaining("expected a command line starting with \"$ \"");
        assertFails(() -> check(only(CASES, "Fails: not a console block"))).hasMessageContaining("not ```java");
    }

    @Test
    void aCommandWhoseProgramIsNotInstalledIsSkippedVisibly() {
        assertThatThrownBy(() -> check(only(CASES, "Skipped: a program that is not installed")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("not-installed-nc is not installed");
    }

    @Test
    void aStepThatDoesNotExistIsNamed() {
        assertFails(() -> checkStep(only(STEP_CASES, "Fails: a step that does not exist")))
                .hasMessageContaining("there is no module 'step0-nothing' (no step0-nothing/pom.xml)");
    }

    @Test
    void aServerThatExitsIsReportedWithItsOutput() {
        assertFails(() -> checkStep(only(STEP_CASES, "Fails: a step whose server does not start")))
                .hasMessageContainingAll("step8-broken (java.lang.String --port 0) did not start: it exited with status 1",
                        "main method");
    }

    @Test
    void aStepMissingFromTheClasspathSaysWhatToAdd() {
        assertFails(() -> checkStep(only(STEP_CASES, "Fails: a step the docs module does not depend on")))
                .hasMessageContaining("add a test-scoped dependency on step9-unlisted to docs/pom.xml");
    }

    @Test
    void aCommentMustNameAStep() {
        assertFails(() -> checkStep(only(STEP_CASES, "Fails: no step named"))).hasMessageContaining("names no step");
    }

    @Test
    void onlyStandardProgramsCountAsInstalled() {
        assertThat(TranscriptCheck.missingProgram("curl -s 'http://localhost:8080/a|b' | head -3")).isEmpty();
        assertThat(TranscriptCheck.missingProgram("printf 'GET / HTTP/1.1\\r\\n\\r\\n' | no-such-program localhost 8080"))
                .contains("no-such-program");
        assertThat(TranscriptCheck.missingProgram("LANG=C curl -s http://localhost:8080/")).isEmpty();
    }

    @AfterEach
    void noServerOutlivesItsCheck() {
        assertNoServerLeftRunning();
    }

    private static void assertNoServerLeftRunning() {
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive))
                .as("child processes still running").isEmpty();
    }

    private static void check(Directive tryIt) throws Exception {
        TranscriptCheck.check(Fixtures.REAL, CHAPTER, tryIt);
    }

    private static void checkStep(Directive tryIt) throws Exception {
        TranscriptCheck.check(Fixtures.REPOSITORY, STEPS, tryIt);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable check) {
        return assertThatThrownBy(check).isInstanceOf(AssertionError.class);
    }
}
