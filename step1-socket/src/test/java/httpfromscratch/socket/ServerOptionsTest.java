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

    @Test
    void aFlagMayBeTheLastWord() {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "9100", "--echo"}, Map.of());

        assertThat(options.flag("echo")).as("--echo at the end, with no value after it").isTrue();
        assertThat(options.option("echo")).hasValue("");
        assertThat(options.port()).isEqualTo(9100);
    }

    @Test
    void acceptsEveryPortFrom0To65535() {
        assertThat(ServerOptions.parse(new String[] {"--port", "0"}, Map.of()).port())
                .as("port 0 asks the system for a free port").isZero();
        assertThat(ServerOptions.parse(new String[] {"--port", "65535"}, Map.of()).port()).isEqualTo(65535);
    }

    @Test
    void rejectsPortsOutsideTheRange() {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port", "-1"}, Map.of()))
                .hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port", "65536"}, Map.of()))
                .hasMessageContaining("from 0 to 65535");
    }
}
