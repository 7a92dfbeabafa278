package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.testing.RandomValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Step 1's {@code main}, in this JVM: it prints a banner with the port and serves until the JVM
 * stops, so each server started here keeps running, on a free port, until the tests end.
 */
@Timeout(20)
class MainTest {

    private static final Pattern PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");

    @Test
    void servesTheHelloPageByDefault() throws Exception {
        int port = startMain("--port", "0");
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String response = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200 OK\r\n").endsWith(HelloWorldHandler.BODY);
        }
    }

    @Test
    void servesTheEchoServerWithTheEchoFlag() throws Exception {
        int port = startMain("--port", "0", "--echo");
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String word = RandomValues.word();
            client.getOutputStream().write(word.getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(word);
        }
    }

    @Test
    void launcherServesUntilTheServerIsClosed() throws Exception {
        TcpServer server = TcpServer.bind(0, connection -> { });
        BlockingDeque<String> lines = new LinkedBlockingDeque<>();
        Thread launcher = withStandardOutput(lines,
                () -> Thread.ofPlatform().daemon().start(() -> Launcher.serveUntilStopped(server, "At {address}, port {port}")));
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("At " + server.authority() + ", port " + server.port());
        assertThat(launcher.isAlive()).as("serveUntilStopped serves: it returns only when the server closes").isTrue();

        server.close();
        launcher.join(5_000);

        assertThat(launcher.isAlive()).as("serveUntilStopped still running after close()").isFalse();
    }

    /** Runs step 1's main on a background thread; returns the port its banner names. */
    private static int startMain(String... args) throws Exception {
        BlockingDeque<String> lines = new LinkedBlockingDeque<>();
        withStandardOutput(lines, () -> Thread.ofPlatform().daemon().start(() -> {
            try {
                Main.main(args);
            } catch (IOException e) {
                lines.add("failed: " + e);
            }
        }));
        String banner = lines.poll(10, TimeUnit.SECONDS);
        Matcher port = PORT.matcher(banner == null ? "" : banner);
        assertThat(port.find()).as("a banner naming the port, got: " + banner).isTrue();
        return Integer.parseInt(port.group(1));
    }

    /**
     * Starts a thread with standard output going, line by line, into {@code lines} until the first
     * line has come, then puts standard output back.
     */
    private static Thread withStandardOutput(BlockingDeque<String> lines, ThreadStarter starter) throws InterruptedException {
        PrintStream original = System.out;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        OutputStream toLines = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        };
        System.setOut(new PrintStream(toLines, true, StandardCharsets.UTF_8));
        try {
            Thread thread = starter.start();
            String first = lines.pollFirst(10, TimeUnit.SECONDS);
            if (first != null) {
                lines.putFirst(first); // the caller reads it
            }
            return thread;
        } finally {
            System.setOut(original);
        }
    }

    @FunctionalInterface
    private interface ThreadStarter {
        Thread start();
    }
}
