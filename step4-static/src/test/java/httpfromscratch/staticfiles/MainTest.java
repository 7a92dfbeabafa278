package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.socket.ServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path folder;

    private static ServerOptions options(String... args) {
        return ServerOptions.parse(args, Map.of());
    }

    @Test
    void withoutRootItServesTheDemoSite() throws IOException {
        assertThat(Main.siteRoot(options())).isEqualTo(DemoSite.directory());
    }

    @Test
    void rootNamesTheFolderToServe() throws IOException {
        assertThat(Main.siteRoot(options("--root", folder.toString()))).isEqualTo(folder.toAbsolutePath());
    }

    @Test
    void rootMustBeAFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        assertThatThrownBy(() -> Main.siteRoot(options("--root", file.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--root must name a folder");
    }

    @Test
    void rootWithoutAValueIsAnErrorNotTheWorkingDirectory() {
        assertThatThrownBy(() -> Main.siteRoot(options("--root")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--root must name a folder");
    }
}
