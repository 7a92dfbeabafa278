package httpfromscratch.socket;

import java.io.IOException;

/**
 * Step 1: {@code ./mvnw -pl step1-socket exec:java} serves a hand-written "Hello, World!" page;
 * add {@code -Dexec.args=--echo} for the echo server.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServerOptions options = ServerOptions.parse(args);
        if (options.flag("echo")) {
            TcpServer server = TcpServer.bind(options.port(), new EchoHandler());
            Launcher.serveUntilStopped(server, """
                    Echo server listening on {address}
                    Try: nc 127.0.0.1 {port}""");
        } else {
            TcpServer server = TcpServer.bind(options.port(), new HelloWorldHandler());
            Launcher.serveUntilStopped(server, """
                    Hello server listening on http://{address}/
                    Try: curl -i http://{address}/""");
        }
    }
}
