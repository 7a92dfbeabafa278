package httpfromscratch.tester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class OptionsTest {

    @Test
    void defaultsMatchTheReferenceMains() {
        Options options = Options.parse("--step", "7", "--port", "8080");

        assertThat(options.host()).isEqualTo("localhost");
        assertThat(options.token()).isEqualTo("secret");
        assertThat(options.staticPrefix()).isEqualTo("/static/");
        assertThat(options.staticDir()).isEqualTo(Path.of("step4-static/src/main/resources/site"));
        assertThat(options.protectedPath()).isEqualTo("/api/data");
        assertThat(options.origin()).isEqualTo("http://localhost:3000");
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSeedReplaysTheSameWords() {
        Options options = Options.parse("--step", "1", "--port", "8080", "--seed", "42");

        assertThat(options.seed()).isEqualTo(42);
        assertThat(new Probe(options, new java.util.Random(42)).word())
                .isEqualTo(new Probe(options, new java.util.Random(42)).word());
    }

    @Test
    void readsEveryOption() {
        Options options = Options.parse("--port", "9000", "--step", "5", "--wait", "1500ms", "--token", "t0k",
                "--static-dir", "site", "--static-prefix", "/files/", "--request-timeout", "2s", "--echo",
                "--protected", "/api/x", "--origin", "http://a.example", "--host", "127.0.0.1");

        assertThat(options).isEqualTo(new Options(5, "127.0.0.1", 9000, options.seed(), Duration.ofMillis(1500), true,
                "/files/", Path.of("site"), "t0k", "/api/x", "http://a.example", Duration.ofSeconds(2)));
    }

    @Test
    void refusesAStepThatDoesNotExistAndUnknownOptions() {
        assertThatThrownBy(() -> Options.parse("--step", "8", "--port", "8080")).hasMessageContaining("--step must be 1 to 7");
        assertThatThrownBy(() -> Options.parse("--step", "2")).hasMessageContaining("missing --port");
        assertThatThrownBy(() -> Options.parse("--step", "2", "--port", "1", "--colour")).hasMessageContaining("unexpected [--colour]");
        assertThatThrownBy(() -> Options.parse("--step", "2", "--port", "1", "--wait", "soon")).hasMessageContaining("10s");
    }
}
