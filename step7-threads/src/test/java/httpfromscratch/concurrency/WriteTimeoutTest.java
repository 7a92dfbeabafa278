package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import httpfromscratch.http.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client that asks for a big response and never reads it: the write timeout frees its connection. */
@Timeout(30)
class WriteTimeoutTest {

    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(300);

    /** Far more than the kernel buffers on both sides hold, so the server's write must block. */
    private static final int RESPONSE_BYTES = 32 * 1024 * 1024;

    private static final byte[] BIG = new byte[RESPONSE_BYTES];

    @Test
    void closesAConnectionWhoseClientStoppedReading() throws Exception {
        ConnectionLimits limits = ConnectionLimits.DEFAULTS.withWriteTimeout(WRITE_TIMEOUT);
        try (ConcurrentServer server = ConcurrentServer.bind(0, request -> HttpResponse.of(Status.OK, "application/octet-stream", BIG),
                ServerSettings.DEFAULTS.withConnectionLimits(limits)).start();
                Socket client = new Socket()) {
            client.setReceiveBufferSize(4096); // before connecting, so the window starts small
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
            client.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            long sent = System.nanoTime();
            awaitOpenConnections(server, 1, Duration.ofSeconds(5));

            // We never read. Only the server can end this: it closes the connection.
            awaitOpenConnections(server, 0, Duration.ofSeconds(15));

            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(WRITE_TIMEOUT);
            assertThat(bytesUntilClosed(client)).as("the response was cut off").isLessThan(RESPONSE_BYTES);
        }
    }

    /**
     * The server's count of open connections is the only thing that changes when it gives up on a
     * client that does not read, so we look at it every few milliseconds, up to a deadline.
     */
    private static void awaitOpenConnections(ConcurrentServer server, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (server.openConnections() != count) {
            assertThat(System.nanoTime() - deadline).as("not " + count + " open connections after " + limit).isNegative();
            Thread.sleep(10);
        }
    }

    private static long bytesUntilClosed(Socket client) throws IOException {
        client.setSoTimeout(5_000);
        InputStream in = client.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
            }
        } catch (SocketException e) {
            // a reset also ends it: the server closed with bytes unsent
        }
        return total;
    }
}
