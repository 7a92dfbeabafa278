package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.ClientConnection;
import httpfromscratch.http.ClientRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The real thing: step 7's {@code main} in a JVM of its own, stopped the way a service manager stops
 * it, with SIGTERM ({@link ProcessHandle#destroy()} sends it on Linux and macOS).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SigtermTest {

    private static final Pattern PORT = Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\]):(\\d+)/");

    @Test
    void sigtermClosesConnectionsAndExitsWithZero() throws Exception {
        Process server = startMain();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            int port = portFromBanner(output);
            try (ClientConnection client = ClientConnection.connect(port)) {
                assertThat(client.exchange(ClientRequest.get("/about")).status()).isEqualTo(200);

                server.toHandle().destroy(); // SIGTERM; unlike Process.destroy(), it leaves us its output to read

                assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
                assertThat(server.exitValue()).isZero();
                assertThat(client.serverClosed()).as("the kept-alive connection was closed").isTrue();
                assertThat(rest(output)).contains("Stopped.");
            }
        } finally {
            server.destroyForcibly();
        }
    }

    private static Process startMain() throws IOException {
        Path target = Path.of("target");
        // Step 4's demo site may be copied to a temporary folder: keep it under target/, which `clean` removes.
        Path temporary = Files.createDirectories(target.resolve("sigterm-test-tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire may hide the real classpath behind a manifest jar; it names it in this property too.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + temporary.toAbsolutePath(), "-cp", classpath,
                Main.class.getName(), "--port", "0", "--token", "test")
                .redirectErrorStream(true)
                .start();
    }

    private static int portFromBanner(BufferedReader output) throws IOException {
        String line = output.readLine();
        Matcher port = PORT.matcher(line == null ? "" : line);
        assertThat(port.find()).as("a banner naming the port, got: " + line).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static List<String> rest(BufferedReader output) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }
}
