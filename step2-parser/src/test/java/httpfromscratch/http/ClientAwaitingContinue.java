package httpfromscratch.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

/**
 * The bytes a client sends when it asks {@code Expect: 100-continue}, as curl and Java's
 * {@code HttpClient} do: the head, and the rest only once the server's answers hold
 * {@code 100 Continue}. A parser that reads past the head before answering fails, instead of
 * hanging as it would on a real connection.
 */
final class ClientAwaitingContinue extends InputStream {

    static final String CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";

    private final ByteArrayInputStream head;
    private final ByteArrayInputStream rest;
    private final ByteArrayOutputStream answers;

    ClientAwaitingContinue(byte[] head, byte[] rest, ByteArrayOutputStream answers) {
        this.head = new ByteArrayInputStream(head);
        this.rest = new ByteArrayInputStream(rest);
        this.answers = answers;
    }

    @Override
    public int read() {
        int b = head.read();
        if (b != -1) {
            return b;
        }
        if (!Wire.text(answers.toByteArray()).equals(CONTINUE)) {
            throw new AssertionError("the server read past the head while the client still waits for "
                    + Wire.escape(CONTINUE) + "; the server had sent " + Wire.escape(answers.toByteArray()));
        }
        return rest.read();
    }
}
