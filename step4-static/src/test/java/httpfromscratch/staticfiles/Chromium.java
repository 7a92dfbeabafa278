package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Headless Chromium, run once per call with a fresh profile, for {@link BrowserTest}. */
final class Chromium {

    static final String INSTALL_HINT = """
            Install it (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium;
            macOS: brew install --cask chromium), or set CHROMIUM to the path of a Chromium or Chrome
            executable. Or leave this test out: it runs only with -Pbrowser.""";

    private static final long TIMEOUT_SECONDS = 60;

    private Chromium() {
    }

    /** The CHROMIUM environment variable, else {@code chromium} or {@code chromium-browser} on the PATH. */
    static Path find(Map<String, String> environment) {
        String configured = environment.get("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path named = Path.of(configured);
            if (!Files.isExecutable(named)) {
                return fail("CHROMIUM is set to " + configured + ", which is not an executable file.\n" + INSTALL_HINT);
            }
            return named;
        }
        for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail("This test needs headless Chromium, and there is no `chromium` or `chromium-browser` on the PATH.\n"
                + INSTALL_HINT);
    }

    /**
     * Runs Chromium headless on {@code arguments}, with a new profile in {@code scratch}, and returns
     * what it printed. Fails with Chromium's own errors if it fails or hangs.
     */
    static String run(Path scratch, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(find(System.getenv()).toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + scratch.resolve("user-data"),
                // Lets the page's deferred script run, on a virtual clock, before Chromium reports.
                "--virtual-time-budget=2000"));
        command.addAll(List.of(arguments));
        Path output = scratch.resolve("stdout.txt");
        Path errors = scratch.resolve("stderr.txt");
        Process browser = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            browser.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s. Its errors:\n" + Files.readString(errors));
        }
        if (browser.exitValue() != 0) {
            fail("Chromium exited with " + browser.exitValue() + ". Its errors:\n" + Files.readString(errors));
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
