package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The accept loop when {@code accept()} itself fails, as it does when the process runs out of file descriptors. */
@Timeout(10)
class AcceptLoopTest {

    /** A listening socket whose every accept fails the way Linux fails it at the file-descriptor limit. */
    private static final class OutOfFileDescriptors extends ServerSocket {

        final List<Long> attempts = new CopyOnWriteArrayList<>(); // System.nanoTime() of each accept
        final CountDownLatch fourAttempts = new CountDownLatch(4);

        OutOfFileDescriptors() throws IOException {
        }

        @Override
        public Socket accept() throws IOException {
            attempts.add(System.nanoTime());
            fourAttempts.countDown();
            throw new SocketException("Too many open files");
        }
    }

    @Test
    void waitsLongerAfterEachFailedAcceptInsteadOfSpinning() throws Exception {
        OutOfFileDescriptors socket = new OutOfFileDescriptors();
        try (TcpServer server = new TcpServer(socket, connection -> { }, TcpServer.ONE_AT_A_TIME).start()) {
            assertThat(socket.fourAttempts.await(5, TimeUnit.SECONDS)).isTrue();
        }
        List<Long> at = socket.attempts;
        // After failures 1, 2 and 3 the loop waits 10, 20 and 40 ms: without a back-off, four
        // attempts take microseconds.
        assertThat(Duration.ofNanos(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(10))
                .as("the first retry comes after 10 ms, not after the longest pause: count the failures up")
                .isLessThan(Duration.ofMillis(500));
        assertThat(Duration.ofNanos(at.get(3) - at.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(40));
    }

    @Test
    void doublesThePauseWithEachFailureInARowUpToASecond() {
        assertThat(TcpServer.backOff(1)).isEqualTo(Duration.ofMillis(10));
        assertThat(TcpServer.backOff(2)).isEqualTo(Duration.ofMillis(20));
        assertThat(TcpServer.backOff(3)).isEqualTo(Duration.ofMillis(40));
        assertThat(TcpServer.backOff(7)).isEqualTo(Duration.ofMillis(640));
        assertThat(TcpServer.backOff(8)).isEqualTo(Duration.ofSeconds(1));
        assertThat(TcpServer.backOff(1_000_000)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void printsTheAddressItServesNotAName() throws IOException {
        try (TcpServer server = TcpServer.bind(0, connection -> { })) {
            String authority = server.authority();

            assertThat(authority).matches("(127\\.0\\.0\\.1|\\[::1\\]):" + server.port());
            // The banner's address is one a client can really connect to.
            String host = authority.substring(0, authority.lastIndexOf(':')).replace("[", "").replace("]", "");
            server.start();
            try (Socket client = new Socket(host, server.port())) {
                assertThat(client.isConnected()).isTrue();
            }
        }
    }

    @Test
    void stopsWithoutReportingAFailureWhenClosed() throws Exception {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            CountDownLatch accepting = new CountDownLatch(1);
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()) {
                @Override
                public Socket accept() throws IOException {
                    accepting.countDown();
                    return super.accept();
                }
            };
            TcpServer server = new TcpServer(socket, connection -> { }, TcpServer.ONE_AT_A_TIME);
            Thread acceptLoop = Thread.ofPlatform().start(server::serve);
            assertThat(accepting.await(5, TimeUnit.SECONDS)).isTrue();
            server.close(); // the loop is in accept(), or about to be: either way accept() fails now
            acceptLoop.join(5_000);
            assertThat(acceptLoop.isAlive()).isFalse();
        } finally {
            System.setErr(standardError);
        }
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .as("close() makes accept() fail on purpose: that is the way out of the loop, not an error to print")
                .doesNotContain("accept failed");
    }
}
