package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Exercises 1.1 and 1.2: where the server listens, where each connection runs, when the loop stops. */
class TcpServerTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void listensOnThePortItWasGiven() throws IOException {
        int port = freePort();
        try (TcpServer server = TcpServer.bind(LOOPBACK, port, connection -> { }, TcpServer.ONE_AT_A_TIME)) {
            assertThat(server.port()).as("the port passed to bind").isEqualTo(port);
        }
    }

    @Test
    void listensOnlyOnTheAddressItWasGiven() throws IOException {
        Optional<InetAddress> otherAddress = nonLoopbackAddress();
        Assumptions.assumeTrue(otherAddress.isPresent(), "this machine has no network address besides loopback");
        try (TcpServer server = TcpServer.bind(LOOPBACK, 0, connection -> { }, TcpServer.ONE_AT_A_TIME)) {
            assertThat(connects(otherAddress.get(), server.port()))
                    .as("a server bound to %s must not accept connections on %s: bind to the address given,"
                            + " not to every interface", LOOPBACK, otherAddress.get())
                    .isFalse();
        }
    }

    @Test
    void runsEachConnectionWhereTheExecutorSays() throws Exception {
        AtomicReference<String> handledOn = new AtomicReference<>();
        CountDownLatch handled = new CountDownLatch(1);
        Executor ownThread = task -> Thread.ofPlatform().name("chosen-by-the-executor").start(task);
        ConnectionHandler handler = connection -> {
            handledOn.set(Thread.currentThread().getName());
            handled.countDown();
        };
        try (TcpServer server = TcpServer.bind(LOOPBACK, 0, handler, ownThread).start();
                Socket client = new Socket(LOOPBACK, server.port())) {
            assertThat(handled.await(5, TimeUnit.SECONDS)).as("the handler ran").isTrue();
            assertThat(handledOn.get()).as("the thread that handled the connection: serve() must hand each"
                    + " connection to the Executor it was given").isEqualTo("chosen-by-the-executor");
        }
    }

    @Test
    void keepsAcceptingAfterAnAcceptFailsWhileTheServerIsOpen() throws Exception {
        ServerSocket failsOnce = new FailingOnceServerSocket();
        failsOnce.bind(new InetSocketAddress(LOOPBACK, 0));
        try (TcpServer server = new TcpServer(failsOnce, new EchoHandler(), TcpServer.ONE_AT_A_TIME).start();
                Socket client = new Socket(LOOPBACK, server.port())) {
            client.setSoTimeout(5_000);
            String word = RandomValues.word();
            client.getOutputStream().write(word.getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .as("echo after one failed accept(): only close() may end the accept loop").isEqualTo(word);
        } catch (IOException e) {
            throw new AssertionError("the server stopped after one failed accept(); only close() may end the loop", e);
        }
    }

    @Test
    void serveReturnsOnceTheServerIsClosed() throws Exception {
        TcpServer server = TcpServer.bind(0, connection -> { });
        Thread acceptLoop = Thread.ofPlatform().start(server::serve);

        server.close();
        acceptLoop.join(5_000);

        assertThat(acceptLoop.isAlive()).as("serve() still running 5 s after close()").isFalse();
    }

    @Test
    void closesItsSocketWhenTheAddressIsTaken() throws IOException {
        Assumptions.assumeTrue(ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean,
                "counting open file descriptors needs a Unix JVM");
        UnixOperatingSystemMXBean system = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ServerSocket taken = new ServerSocket(0, 50, LOOPBACK)) {
            long before = system.getOpenFileDescriptorCount();
            for (int i = 0; i < 100; i++) {
                try {
                    TcpServer.bind(LOOPBACK, taken.getLocalPort(), connection -> { }, TcpServer.ONE_AT_A_TIME).close();
                    throw new AssertionError("bound to a port that another socket holds");
                } catch (BindException expected) {
                    // the port is taken: what we wanted
                }
            }
            assertThat(system.getOpenFileDescriptorCount() - before)
                    .as("file descriptors left open after 100 failed binds: bind() must close the socket it"
                            + " created when binding fails, or a server that retries runs out of them")
                    .isLessThan(50);
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            return probe.getLocalPort();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> isUp(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    /** A server socket whose first accept() fails, as one may when the process runs out of file descriptors. */
    private static final class FailingOnceServerSocket extends ServerSocket {

        private boolean failed;

        FailingOnceServerSocket() throws IOException {
        }

        @Override
        public Socket accept() throws IOException {
            if (!failed) {
                failed = true;
                throw new IOException("too many open files (on purpose, in a test)");
            }
            return super.accept();
        }
    }
}
