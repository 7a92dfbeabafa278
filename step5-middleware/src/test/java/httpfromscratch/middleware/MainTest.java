package httpfromscratch.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void bannerStartsWithTheAddressThatToolsReadThePortFrom() {
        assertThat(Main.banner(new ApiToken("secret", false)).lines().findFirst().orElseThrow())
                .contains("http://{address}/");
    }

    @Test
    void bannerShowsTheTokenAndSaysWhereItCameFrom() {
        assertThat(Main.banner(new ApiToken("secret", false)))
                .contains("API token (from --token or API_TOKEN): secret")
                .contains("-H 'Authorization: Bearer secret'");
        assertThat(Main.banner(new ApiToken("Xy-z_0", true)))
                .contains("API token (generated: pass --token or set API_TOKEN to choose one): Xy-z_0");
    }
}
