package httpfromscratch.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reference step passes its own stages and all the earlier ones. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReferenceStepsTest {

    @ParameterizedTest(name = "step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void referenceStepPassesItsStagesAndEveryEarlierOne(int step) throws IOException {
        try (ReferenceServers.Running server = ReferenceServers.step(step)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            List<Outcome> outcomes = Tester.run(ReferenceServers.options(step, server.port()), new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(outcomes).withFailMessage(printed.toString(StandardCharsets.UTF_8))
                    .allMatch(outcome -> outcome.result() == Outcome.Result.PASSED);
            assertThat(outcomes).extracting(outcome -> outcome.stage().step()).contains(step).allMatch(s -> s <= step);
        }
    }

    @Test
    void echoServerPassesTheEchoStage() throws IOException {
        try (ReferenceServers.Running server = ReferenceServers.echo()) {
            List<Outcome> outcomes = Tester.stages(ReferenceServers.options(1, server.port()).withEcho());

            assertThat(outcomes).singleElement().satisfies(outcome -> {
                assertThat(outcome.stage()).isEqualTo(SocketStages.ECHO);
                assertThat(outcome.result()).isEqualTo(Outcome.Result.PASSED);
            });
        }
    }
}
