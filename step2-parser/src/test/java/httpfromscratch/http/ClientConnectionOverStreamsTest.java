package httpfromscratch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A connection over in-memory streams: no socket, so the socket-only calls say so. */
class ClientConnectionOverStreamsTest {

    @Test
    void seesTheServerClosedWhenTheStreamIsOver() throws IOException {
        ClientConnection connection = ClientConnection.over(
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), "x");

        assertThat(connection.serverClosed()).isTrue();
    }

    @Test
    void checkingForTheServerClosingLeavesTheNextResponseUnread() throws IOException {
        ClientConnection connection = ClientConnection.over(
                new ByteArrayInputStream(Wire.bytes("HTTP/1.1 204 No Content\r\n\r\n")), new ByteArrayOutputStream(), "x");

        assertThat(connection.serverClosed()).isFalse();
        assertThat(connection.read("GET").status()).isEqualTo(204);
    }

    @Test
    void refusesSocketOnlyCallsWithoutASocket() {
        ClientConnection connection = ClientConnection.over(
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), "x");

        assertThatThrownBy(connection::shutdownOutput).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> connection.readTimeout(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> connection.staysOpenFor(Duration.ofMillis(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingClosesBothStreams() throws IOException {
        boolean[] closed = new boolean[2];
        ClientConnection connection = ClientConnection.over(
                new ByteArrayInputStream(new byte[0]) {
                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                },
                new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        closed[1] = true;
                    }
                }, "x");

        connection.close();

        assertThat(closed).containsExactly(true, true);
    }
}
