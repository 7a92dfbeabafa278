package httpfromscratch.docs;

import static httpfromscratch.docs.Fixtures.only;
import static httpfromscratch.docs.Fixtures.withTitlesStarting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import httpfromscratch.docs.Markdown.Directive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    /** This machine's programs, as a newcomer's machine: not CI, so a missing program skips. */
    private static final Machine NEWCOMER = new Machine(Machine.current().installed(), false);
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
    void aBlockThatNeedsAProgramThatIsNotInstalledIsSkippedWithOneLineNamingIt() {
        Directive tryIt = only(CASES, "Skipped: a program that is not installed");
        String printed = printedBy(() -> assertThatThrownBy(() -> check(tryIt, NEWCOMER))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("docs/transcripts.md:" + tryIt.line() + " (try: step1-socket) needs not-installed-nc,"
                        + " which is not installed"));
        assertThat(printed).isEqualTo("Transcript skipped: docs/transcripts.md:" + tryIt.line()
                + " (try: step1-socket) needs not-installed-nc, which is not installed.\n");
    }

    @Test
    void aBlockIsSkippedWholeBeforeAnyOfItsCommandsRuns() {
        // Its first command prints something else; run, it would fail the check.
        assertThatThrownBy(() -> check(only(CASES, "Skipped: a block whose later command"), NEWCOMER))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("needs not-installed-nc");
    }

    @Test
    void aMissingCurlSkipsTheBlocksThatUseIt() {
        Machine withoutCurl = new Machine(program -> !program.equals("curl"), false);
        assertThatThrownBy(() -> check(only(CASES, "Passes: curl -i"), withoutCurl))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("needs curl, which is not installed");
    }

    @Test
    void everyMissingProgramIsNamed() {
        Machine bare = new Machine(program -> false, false);
        assertThatThrownBy(() -> check(only(CASES, "Skipped: a block whose later command"), bare))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("needs bash and curl and not-installed-nc, which are not installed");
    }

    @Test
    void onCiAMissingProgramFailsInsteadOfSkipping() {
        Machine ci = new Machine(NEWCOMER.installed(), true);
        assertFails(() -> check(only(CASES, "Skipped: a program that is not installed"), ci))
                .hasMessageContainingAll("docs/transcripts.md:", "needs not-installed-nc, which is not installed",
                        "CI must install every program a transcript runs");
    }

    @Test
    void onCiABlockWithEveryProgramInstalledRuns() {
        Machine ci = new Machine(NEWCOMER.installed(), true);
        assertFails(() -> check(only(CASES, "Fails: a different body"), ci)).hasMessageContaining("+ Hello, World!");
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
    void theProgramsOfACommandAreTheFirstWordsOfEachPartOutsideQuotes() {
        assertThat(TranscriptCheck.programs("curl -s 'http://localhost:8080/a|b' | head -3")).containsExactly("curl", "head");
        assertThat(TranscriptCheck.programs("printf 'GET / HTTP/1.1\\r\\n\\r\\n' | no-such-program localhost 8080"))
                .containsExactly("no-such-program");
        assertThat(TranscriptCheck.programs("(printf 'GET / HTTP/1.1\\r\\nHo'; sleep 3) | nc -q0 localhost 8080 > /dev/null &"))
                .containsExactly("sleep", "nc");
        assertThat(TranscriptCheck.programs("LANG=C curl -s http://localhost:8080/ && echo done")).containsExactly("curl");
    }

    @Test
    void aBlockRunsBashAndTheProgramsOfEachCommand() {
        List<TranscriptCheck.Command> commands = TranscriptCheck.commands(CHAPTER,
                only(CASES, "Skipped: a block whose later command").fence().orElseThrow());
        assertThat(TranscriptCheck.programs(commands)).containsExactly("bash", "curl", "not-installed-nc");
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
        check(tryIt, NEWCOMER);
    }

    private static void check(Directive tryIt, Machine machine) throws Exception {
        TranscriptCheck.check(Fixtures.REAL, CHAPTER, tryIt, machine);
    }

    /** What {@code action} prints to standard output. */
    private static String printedBy(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static void checkStep(Directive tryIt) throws Exception {
        TranscriptCheck.check(Fixtures.REPOSITORY, STEPS, tryIt, NEWCOMER);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable check) {
        return assertThatThrownBy(check).isInstanceOf(AssertionError.class);
    }
}
