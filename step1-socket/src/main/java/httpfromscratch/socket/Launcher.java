package httpfromscratch.socket;

import java.io.IOException;

/**
 * Runs a server in the foreground the way every step's {@code main} does: say where it listens,
 * serve until Ctrl-C, then close the listening socket cleanly.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Prints {@code banner} with {@code {address}} (such as {@code 127.0.0.1:8080}) and {@code {port}}
     * filled in, then blocks serving until the JVM is asked to stop. The banner's first line names
     * the address: tools that start a step's server (the docs checker, the benchmark) read the port
     * from it.
     */
    public static void serveUntilStopped(TcpServer server, String banner) {
        // Ctrl-C and SIGTERM run shutdown hooks: closing the socket ends the accept loop.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "shutdown"));
        System.out.println(banner.replace("{address}", server.authority()).replace("{port}", String.valueOf(server.port())));
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        server.serve();
    }

    private static void closeQuietly(TcpServer server) {
        try {
            server.close();
            System.out.println("Stopped.");
        } catch (IOException e) {
            System.err.println("error while stopping: " + e.getMessage());
        }
    }
}
