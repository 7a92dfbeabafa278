package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.socket.ServerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static ServerOptions options(String... args) {
        return ServerOptions.parse(args, Map.of());
    }

    @Test
    void takesTheTokenOptionFirst() {
        ApiToken token = ApiToken.choose(options("--token", "from-option"), Map.of("API_TOKEN", "from-env"));

        assertThat(token).isEqualTo(new ApiToken("from-option", false));
    }

    @Test
    void takesTheEnvironmentVariableWhenThereIsNoOption() {
        assertThat(ApiToken.choose(options(), Map.of("API_TOKEN", "from-env"))).isEqualTo(new ApiToken("from-env", false));
    }

    @Test
    void generatesAUrlSafeTokenOf256BitsWhenNoneIsGiven() {
        ApiToken token = ApiToken.choose(options(), Map.of());

        assertThat(token.generated()).isTrue();
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}"); // 32 bytes in base64, without padding
    }

    @Test
    void generatesADifferentTokenEachTime() {
        assertThat(ApiToken.generate().value()).isNotEqualTo(ApiToken.generate().value());
    }

    @Test
    void skipsABlankOptionOrVariable() {
        assertThat(ApiToken.choose(options("--token"), Map.of("API_TOKEN", "from-env")))
                .isEqualTo(new ApiToken("from-env", false));
        assertThat(ApiToken.choose(options("--token"), Map.of("API_TOKEN", " ")).generated()).isTrue();
    }
}
