package httpfromscratch.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpConnectionHandler;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;
import httpfromscratch.socket.TcpServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo page in a real browser: headless Chromium loads it from step 4's server, and the DOM
 * afterwards shows whether the script ran and the stylesheet applied. That is the real test of the
 * content types: a browser refuses a script or a stylesheet sent with the wrong one.
 *
 * <p>Runs only on purpose: {@code ./mvnw -Pbrowser -pl step4-static test}. It needs {@code chromium}
 * (or {@code chromium-browser}) on the PATH, or the CHROMIUM environment variable naming a Chromium
 * or Chrome executable.
 */
@Tag("browser")
class BrowserTest {

    /** Where the screenshot goes: under target/, which {@code ./mvnw clean} removes. */
    static final Path SCREENSHOT = Path.of("target", "browser", "step4-demo.png");

    private static TcpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TcpServer.bind(0, new HttpConnectionHandler(
                StaticRoutes.create(DemoSite.directory()), Limits.DEFAULTS, JsonErrors.RESPONDER)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    @Timeout(90)
    void theDemoPageRunsItsScriptAndAppliesItsStylesheet(@TempDir Path scratch) throws Exception {
        String dom = Chromium.run(scratch, "--dump-dom", demoPage());

        assertThat(dom).contains("<p id=\"script-status\" class=\"status done\">The script ran at ");
        assertThat(dom).contains(
                "<p id=\"style-check\" class=\"status done\">The stylesheet is applied: the heading is rgb(31, 95, 191).</p>");
    }

    @Test
    @Timeout(90)
    void savesAScreenshotOfTheDemoPage(@TempDir Path scratch) throws Exception {
        Path screenshot = SCREENSHOT.toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);

        Chromium.run(scratch, "--screenshot=" + screenshot, "--window-size=1000,700", demoPage());

        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8); // the IHDR chunk: width, then height
        assertThat(header.getInt()).as("width").isEqualTo(1000);
        assertThat(header.getInt()).as("height").isEqualTo(700);
        System.out.println("Screenshot of the demo page: " + screenshot);
    }

    private static String demoPage() {
        return "http://localhost:" + server.port() + "/static/";
    }
}
