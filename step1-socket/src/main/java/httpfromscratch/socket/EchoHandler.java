package httpfromscratch.socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** Sends every byte it receives straight back, until the client closes its side. */
public final class EchoHandler implements ConnectionHandler {

    private static final int BUFFER_SIZE = 8192;

    @Override
    public void handle(Socket connection) throws IOException {
        echo(connection.getInputStream(), connection.getOutputStream());
    }

    // Exercise 1.3
    /**
     * Copies {@code in} to {@code out} chunk by chunk. One {@code read} returns whatever has arrived
     * so far, anything from one byte to the whole buffer; -1 means the peer closed its side.
     */
    static void echo(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        int count;
        while ((count = in.read(buffer)) != -1) {
            out.write(buffer, 0, count);
            out.flush();
        }
    }
}
