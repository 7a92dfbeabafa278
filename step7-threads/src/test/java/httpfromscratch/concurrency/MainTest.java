package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.middleware.ApiToken;
import httpfromscratch.socket.ServerOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of step 7's {@code main}. */
class MainTest {

    @TempDir
    Path folder;

    private static ServerOptions options(String... args) {
        return ServerOptions.parse(args, Map.of());
    }

    @Test
    void usesVirtualThreadsAndTheDefaultCapWithoutOptions() {
        ServerSettings settings = Main.settings(options());

        assertThat(settings.poolThreads()).isEqualTo(ServerSettings.VIRTUAL_THREADS);
        assertThat(settings.connectionLimits()).isEqualTo(ConnectionLimits.DEFAULTS);
    }

    @Test
    void takesAPoolSizeAndAConnectionCap() {
        ServerSettings settings = Main.settings(options("--threads", "16", "--max-connections", "500"));

        assertThat(settings.poolThreads()).isEqualTo(16);
        assertThat(settings.connectionLimits().maxConnections()).isEqualTo(500);
    }

    @Test
    void refusesACountThatIsNotAPositiveNumber() {
        assertThatThrownBy(() -> Main.settings(options("--threads", "0")))
                .hasMessage("--threads must be a whole number above 0, got '0'");
        assertThatThrownBy(() -> Main.settings(options("--max-connections", "many")))
                .hasMessage("--max-connections must be a whole number above 0, got 'many'");
    }

    @Test
    void takesAnExistingDirectoryAndRefusesAMissingOne() {
        assertThat(Main.directory(options("--directory", folder.toString()))).contains(folder);
        assertThat(Main.directory(options())).isEmpty();
        assertThatThrownBy(() -> Main.directory(options("--directory", folder.resolve("nope").toString())))
                .hasMessageContaining("--directory must name an existing folder");
    }

    @Test
    void namesTheAddressOnTheBannersFirstLine() {
        String banner = Main.banner("127.0.0.1:8123", new ApiToken("t", false), Optional.empty(), ServerSettings.DEFAULTS);

        assertThat(banner.lines().findFirst()).contains("Concurrent server listening on http://127.0.0.1:8123/");
    }

    @Test
    void theBannerSaysWhichThreadsServeAndWhereFilesGo() {
        String virtual = Main.banner("127.0.0.1:8123", new ApiToken("t", false), Optional.empty(), ServerSettings.DEFAULTS);
        String pool = Main.banner("127.0.0.1:8123", new ApiToken("t", true), Optional.of(Path.of("uploads")),
                ServerSettings.DEFAULTS.withPoolThreads(8));

        assertThat(virtual).contains("a virtual thread per connection").contains("none (start with --directory DIR)")
                .contains("(given)");
        assertThat(pool).contains("a fixed pool of platform threads (8)").contains("Files for /files/{name}: uploads")
                .contains("generated; choose one with --token");
    }
}
