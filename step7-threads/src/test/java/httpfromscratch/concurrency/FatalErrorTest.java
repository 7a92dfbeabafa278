package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An {@link Error} that ends the accept loop, such as the {@link OutOfMemoryError} a thread pool
 * throws when it cannot start a thread, ends the process with a non-zero exit status.
 */
@Timeout(30)
class FatalErrorTest {

    /** Threads that cannot be had: what {@code execute} does when the machine is out of memory. */
    static ExecutorService noThreads() {
        return Executors.newSingleThreadExecutor(task -> {
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
        });
    }

    @Test
    void serveThrowsTheErrorThatEndedTheAcceptLoop() throws Exception {
        ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"),
                ServerSettings.DEFAULTS, noThreads());
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertThatThrownBy(server::serve).isInstanceOf(OutOfMemoryError.class);
        } finally {
            server.close();
        }
    }

    @Test
    void theProcessExitsWithANonZeroStatusAndSaysWhy() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-cp", classpath, DyingServer.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited within 20 s").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isEqualTo(Main.FATAL_EXIT_STATUS);
            assertThat(output).contains("Fatal: the server stopped accepting connections")
                    .contains("OutOfMemoryError").doesNotContain("Stopped.");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Step 7's {@code Main.run}, in a JVM of its own, on a server whose first connection finds no thread. */
    static final class DyingServer {

        public static void main(String[] args) throws IOException, InterruptedException {
            ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.text(Status.OK, "hi"),
                    ServerSettings.DEFAULTS, noThreads());
            Thread.ofPlatform().daemon().start(() -> connectTo(server.port()));
            Main.run(server, "Dying server listening on http://" + server.authority() + "/");
        }

        private static void connectTo(int port) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getInputStream().read(); // hold the connection until the process ends
            } catch (IOException e) {
                // the process is ending
            }
        }
    }
}
