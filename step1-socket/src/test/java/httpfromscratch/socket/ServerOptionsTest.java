package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsToPort8080() {
        assertThat(ServerOptions.parse(new String[0], Map.of()).port()).isEqualTo(8080);
    }

    @Test
    void takesThePortFromTheEnvironment() {
        assertThat(ServerOptions.parse(new String[0], Map.of("PORT", "9000")).port()).isEqualTo(9000);
    }

    @Test
    void portOptionWinsOverTheEnvironment() {
        assertThat(ServerOptions.parse(new String[] {"--port", "9100"}, Map.of("PORT", "9000")).port())
                .isEqualTo(9100);
    }

    @Test
    void keepsOtherOptionsAndFlags() {
        ServerOptions options = ServerOptions.parse(new String[] {"--echo", "--token", "s3cret"}, Map.of());

        assertThat(options.flag("echo")).isTrue();
        assertThat(options.option("token")).hasValue("s3cret");
        assertThat(options.flag("verbose")).isFalse();
    }

    @Test
    void rejectsAPortThatIsNotANumberWithAClearMessage() {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessageContaining("port must be a number");
    }

    @Test
    void rejectsAWordThatIsNotAnOption() {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"8080"}, Map.of()))
                .hasMessageContaining("expected an option");
    }
}
