package httpfromscratch.socket;

import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.testing.RandomValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EchoServerTest {

    private TcpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TcpServer.bind(0, new EchoHandler()).start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void echoesText() throws IOException {
        String word = RandomValues.wideWord() + "\n";
        try (Socket client = connect()) {
            send(client, word.getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(word);
        }
    }

    @Test
    void echoesEveryByteValueUnchanged() throws IOException {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        try (Socket client = connect()) {
            send(client, everyByte);
            client.shutdownOutput();
            assertThat(client.getInputStream().readAllBytes()).isEqualTo(everyByte);
        }
    }

    @Test
    void echoesEachWriteAsItArrivesWhileTheConnectionStaysOpen() throws IOException {
        try (Socket client = connect()) {
            for (String line : new String[] {"one\n", "two\n", "three\n"}) {
                byte[] sent = line.getBytes(StandardCharsets.UTF_8);
                send(client, sent);
                assertThat(readExactly(client.getInputStream(), sent.length)).isEqualTo(sent);
            }
        }
    }

    @Test
    void echoesALargeMessageSplitIntoManyReads() throws IOException {
        byte[] large = new byte[1_000_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        try (Socket client = connect()) {
            // Write from another thread: the server echoes while we still send, and TCP buffers are
            // smaller than a megabyte, so one thread doing both would deadlock.
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    send(client, large);
                    client.shutdownOutput();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            byte[] echoed = client.getInputStream().readAllBytes();
            writer.join();
            // A megabyte printed as numbers helps nobody: say how much came back, and where it first differs.
            assertThat(echoed.length).as("bytes echoed back, of %d sent", large.length).isEqualTo(large.length);
            assertThat(Arrays.mismatch(echoed, large)).as("index of the first echoed byte that differs from the one sent")
                    .isEqualTo(-1);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void servesSeveralClientsOneAfterAnother() throws IOException {
        for (int i = 1; i <= 3; i++) {
            try (Socket client = connect()) {
                send(client, ("client " + i).getBytes(StandardCharsets.UTF_8));
                client.shutdownOutput();
                assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("client " + i);
            }
        }
    }

    @Test
    void keepsServingAfterAClientDisconnectsAbruptly() throws IOException {
        try (Socket rude = connect()) {
            rude.setSoLinger(true, 0); // close with a reset instead of a polite FIN
            send(rude, "bye".getBytes(StandardCharsets.UTF_8));
        }
        try (Socket client = connect()) {
            send(client, "still here".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertThat(client.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("still here");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        // Loopback answers in microseconds; a server that accepts nothing fails each test in 2 s.
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static void send(Socket client, byte[] bytes) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        return in.readNBytes(length);
    }
}
