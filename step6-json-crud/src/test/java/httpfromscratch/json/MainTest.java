package httpfromscratch.json;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.middleware.ApiToken;
import org.junit.jupiter.api.Test;

/** What {@code main} prints: tools read the port from the first line. */
class MainTest {

    @Test
    void bannerNamesTheAddressOnItsFirstLine() {
        String banner = Main.banner(new ApiToken("abc", false));

        assertThat(banner.lines().findFirst()).contains("JSON API listening on http://{address}/");
    }

    @Test
    void bannerShowsTheTokenAndCurlCommandsForEachMethod() {
        String banner = Main.banner(new ApiToken("abc", true));

        assertThat(banner).contains("abc", "generated")
                .contains("-d '{\"title\":\"Buy milk\"}'", "-X PUT", "-X DELETE", "/users");
    }
}
