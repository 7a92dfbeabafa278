package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link BrowserTest} finds its browser, and what it says when there is none. Needs no browser. */
class ChromiumTest {

    @TempDir
    Path folder;

    private Path executable(String name) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\n");
        Assumptions.assumeTrue(file.toFile().setExecutable(true) && Files.isExecutable(file),
                "can't make an executable file here");
        return file;
    }

    @Test
    void findsChromiumOnThePath() throws IOException {
        Path chromium = executable("chromium");

        assertThat(Chromium.find(Map.of("PATH", "/nowhere" + File.pathSeparator + folder))).isEqualTo(chromium);
    }

    @Test
    void findsUbuntusChromiumBrowserToo() throws IOException {
        Path chromium = executable("chromium-browser");

        assertThat(Chromium.find(Map.of("PATH", folder.toString()))).isEqualTo(chromium);
    }

    @Test
    void theChromiumVariableWinsOverThePath() throws IOException {
        Path chosen = executable("chrome");
        executable("chromium");

        assertThat(Chromium.find(Map.of("CHROMIUM", chosen.toString(), "PATH", folder.toString()))).isEqualTo(chosen);
    }

    @Test
    void withoutChromiumTheFailureSaysHowToInstallIt() {
        assertThatThrownBy(() -> Chromium.find(Map.of("PATH", folder.toString())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no `chromium`")
                .hasMessageContaining("apt-get install chromium")
                .hasMessageContaining("CHROMIUM");
    }

    @Test
    void aChromiumVariableNamingNothingIsSaidSo() {
        String missing = folder.resolve("no-such-browser").toString();

        assertThatThrownBy(() -> Chromium.find(Map.of("CHROMIUM", missing)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CHROMIUM is set to " + missing);
    }
}
