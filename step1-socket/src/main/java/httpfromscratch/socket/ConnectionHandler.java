package httpfromscratch.socket;

import java.io.IOException;
import java.net.Socket;

/**
 * What a server does with one accepted connection.
 *
 * <p>The server owns the socket: it closes it after {@code handle} returns, so a handler only reads
 * and writes. A lambda is a handler, which keeps tests free of boilerplate.
 */
@FunctionalInterface
public interface ConnectionHandler {

    void handle(Socket connection) throws IOException;
}
