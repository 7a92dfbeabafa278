package httpfromscratch.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each broken server passes every stage before the one that covers its mistake, fails that one
 * with a message that names the mistake, and runs nothing after it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BrokenServersTest {

    @Test
    void responseWithoutContentLengthFailsTheFirstStage() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.withoutContentLength()) {
            assertFailsAt(ReferenceServers.options(1, server.port()), "1.1", "the response has no Content-Length header");
        }
    }

    @Test
    void serverWithoutAParserFailsAtTheFirstProtocolError() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.neverRefuses()) {
            assertFailsAt(ReferenceServers.options(2, server.port()), "2.2", "expected status 400, got 200");
        }
    }

    @Test
    void methodNotAllowedWithoutAllowFailsTheStageAbout405() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.methodNotAllowedWithoutAllow()) {
            assertFailsAt(ReferenceServers.options(3, server.port()), "3.3", "the response has no Allow header");
        }
    }

    @Test
    void naiveFileServerFailsTheTraversalStage(@TempDir Path root) throws IOException {
        Path site = Files.createDirectories(root.resolve("site"));
        try (Stream<Path> files = Files.list(ReferenceServers.site())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, site.resolve(file.getFileName()));
            }
        }
        Files.writeString(root.resolve("secret.txt"), "the password is " + System.nanoTime());
        try (ReferenceServers.Running server = BrokenServers.naiveStaticFiles(site)) {
            assertFailsAt(ReferenceServers.options(4, server.port()).withStaticDir(site), "4.2",
                    "a file outside the folder it serves");
        }
    }

    @Test
    void tokenCheckedBeforeCorsFailsThePreflightStage() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.preflightBehindAuth()) {
            assertFailsAt(ReferenceServers.options(5, server.port()), "5.1", "expected a 2xx (this course sends 204 No Content), got 401");
        }
    }

    @Test
    void createdAnsweredAsOkFailsTheCrudStage() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.createdAsOk()) {
            assertFailsAt(ReferenceServers.options(6, server.port()), "6.1", "expected status 201, got 200");
        }
    }

    @Test
    void stepSixServerFailsKeepAliveWhenCheckedAsStepSeven() throws IOException {
        try (ReferenceServers.Running server = ReferenceServers.step(6)) {
            assertFailsAt(ReferenceServers.options(7, server.port()), "7.1",
                    "response 1 says Connection: close, though the request let the connection stay open");
        }
    }

    @Test
    void poolOfOneThreadFailsTheTwoClientsStage() throws IOException {
        try (ReferenceServers.Running server = BrokenServers.onePooledThread()) {
            assertFailsAt(ReferenceServers.options(7, server.port()).withPatience(Duration.ofSeconds(2)), "7.3",
                    "the second client got no response while the first was still sending");
        }
    }

    /** Every stage before {@code stageId} passes, {@code stageId} fails with {@code problem}, the rest don't run. */
    private static void assertFailsAt(Options options, String stageId, String problem) {
        List<Outcome> outcomes = Tester.stages(options);
        List<String> ids = outcomes.stream().map(outcome -> outcome.stage().id()).toList();
        int failing = ids.indexOf(stageId);
        assertThat(failing).as("stage %s is among %s", stageId, ids).isNotNegative();
        Outcome failed = outcomes.get(failing);
        assertThat(outcomes.subList(0, failing)).allMatch(outcome -> outcome.result() == Outcome.Result.PASSED,
                "passed");
        assertThat(failed.result()).as(failed.failure().map(failure -> Report.failure(failed.stage(), failure))
                .orElse("stage " + stageId + " passed")).isEqualTo(Outcome.Result.FAILED);
        assertThat(failed.failure().orElseThrow().problem).contains(problem);
        assertThat(outcomes.subList(failing + 1, outcomes.size())).allMatch(outcome -> outcome.result() == Outcome.Result.NOT_RUN,
                "not run");
    }
}
