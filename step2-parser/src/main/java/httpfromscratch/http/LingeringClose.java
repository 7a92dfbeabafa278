package httpfromscratch.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * Closes a connection without destroying the response we just wrote.
 *
 * <p>After an error such as 413 we stop reading in the middle of the client's request. Closing a
 * socket that still has unread bytes makes the kernel send a reset, and a reset can reach the
 * client before it has read our response, which is then lost. So we half-close first (our FIN says
 * "nothing more from us"), read and throw away what the client is still sending for a moment, and
 * only then close (RFC 9112 §9.6, "lingering close").
 */
public final class LingeringClose {

    /** How long we keep reading: long enough for a client to see our response and stop sending. */
    public static final Duration LINGER = Duration.ofSeconds(1);

    /** How much we are willing to read and discard before giving up anyway. */
    public static final int MAX_DISCARDED_BYTES = 1024 * 1024;

    private LingeringClose() {
    }

    public static void drain(Socket connection, InputStream in) {
        long deadline = System.nanoTime() + LINGER.toNanos();
        byte[] discard = new byte[8192];
        int discarded = 0;
        try {
            connection.shutdownOutput();
            while (discarded < MAX_DISCARDED_BYTES) {
                long millisLeft = (deadline - System.nanoTime()) / 1_000_000;
                if (millisLeft <= 0) {
                    return;
                }
                connection.setSoTimeout((int) millisLeft);
                int count = in.read(discard);
                if (count == -1) {
                    return; // the client closed too: a clean ending
                }
                discarded += count;
            }
        } catch (IOException e) {
            // The client is gone or too slow: either way there is nothing left to protect.
        }
    }
}
